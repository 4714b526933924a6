namespace Beltic.Businesses;

/// <summary>
/// What to look up (<see cref="BusinessesClient.CreateAsync"/>): the country and the inputs its registry needs, sent as
/// the request's <c>meta.search_parameters</c>. The per-country rules are checked before anything is sent: US needs
/// <see cref="OfficialName"/> and <see cref="Address"/>; BR and GB need <see cref="RegistrationNumber"/>; the test
/// country <c>ZZ</c>, and every other country, need at least one input.
/// </summary>
public sealed record BusinessCreateOptions
{
    /// <summary>Creates the options.</summary>
    /// <param name="country">The registry's country: ISO 3166-1 alpha-2 (e.g. <c>US</c>, <c>GB</c>); <c>ZZ</c> is Beltic's test country.</param>
    public BusinessCreateOptions(string country) => Country = country;

    /// <summary>ISO 3166-1 alpha-2 country code (<c>ZZ</c> for tests); sent upper-case.</summary>
    public string Country { get; init; }

    /// <summary>The registered name (<c>input.official_name</c>); required for US.</summary>
    public string? OfficialName { get; init; }

    /// <summary>The registration number (<c>input.registration_number</c>); required for BR and GB.</summary>
    public string? RegistrationNumber { get; init; }

    /// <summary>The address on one line (<c>input.address</c>); required for US.</summary>
    public string? Address { get; init; }

    /// <summary>
    /// <c>false</c> (default): Beltic waits up to 45 s for the registry and answers <c>200</c> with the record (or
    /// <c>201</c>, still processing, if that was not enough); the SDK gives this call 60 s per attempt. <c>true</c>:
    /// Beltic answers <c>201</c> at once; wait with <see cref="BusinessesClient.WaitForCompletionAsync(Business, BusinessWaitOptions?, RequestOptions?, CancellationToken)"/>.
    /// </summary>
    public bool Async { get; init; }

    /// <summary>The identity session the lookup belongs to (relationship <c>session</c>), if any.</summary>
    public string? SessionId { get; init; }
}

/// <summary>The <c>meta</c> of a lookup: <c>{ "search_parameters": { country, input, async } }</c>.</summary>
internal sealed record BusinessCreateMeta(BusinessSearchParameters SearchParameters);

/// <summary>The search parameters of a lookup.</summary>
internal sealed record BusinessSearchParameters(string Country, BusinessSearchInput Input, bool Async);

/// <summary>The registry inputs; unset ones are left out.</summary>
internal sealed record BusinessSearchInput(string? OfficialName, string? RegistrationNumber, string? Address);
