namespace Beltic.Identity;

/// <summary>A national identity number (tax id, social security number, ...) of an account.</summary>
public sealed record IdentityNumber
{
    /// <summary>The number.</summary>
    public string? Number { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code of the issuing country.</summary>
    public string? IssuingCountryCode { get; init; }

    /// <summary>The kind of number, e.g. <c>ssn</c> or <c>tin</c>.</summary>
    public string? Class { get; init; }

    /// <summary>When it was added (read-only).</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When it last changed (read-only).</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}
