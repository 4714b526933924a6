using System.Text.Json;

namespace Beltic.Screenings;

/// <summary>
/// What to screen (<see cref="ScreeningsClient.CreateAsync"/>): the kind of screening and its query, built with
/// <see cref="PoliticallyExposedPerson"/>, <see cref="Watchlist"/>, <see cref="BusinessWatchlist"/>,
/// <see cref="BusinessAdverseMedia"/>, or <see cref="FromRawQuery"/> for a query this SDK does not model. The query
/// is checked when the options are built, before anything is sent.
/// </summary>
public sealed record ScreeningCreateOptions
{
    private ScreeningCreateOptions(ScreeningType type, JsonElement query)
    {
        Type = type;
        Query = query;
    }

    /// <summary>The kind of screening (sent as the resource <c>type</c>).</summary>
    public ScreeningType Type { get; }

    /// <summary>The query, as it will be sent (<c>attributes.query</c>).</summary>
    public JsonElement Query { get; }

    /// <summary>
    /// <see cref="ScreeningExecutionMode.Sync"/> to get the result in the answer (Beltic waits up to 55 s; the SDK gives
    /// the call 75 s per attempt), or <see cref="ScreeningExecutionMode.Async"/>; null leaves it to the server (async).
    /// </summary>
    public ScreeningExecutionMode? ExecutionMode { get; init; }

    /// <summary>
    /// The identity account being screened (relationship <c>account</c>), if any. Screenings carry this relationship;
    /// the reference's request example does not show it, so it is sent only when set.
    /// </summary>
    public string? AccountId { get; init; }

    /// <summary>The business being screened (relationship <c>business</c>), if any; sent only when set, like <see cref="AccountId"/>.</summary>
    public string? BusinessId { get; init; }

    /// <summary>Is the person politically exposed?</summary>
    /// <param name="query">The person: at least a name.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentException">The query has no name, or a country that is not two letters.</exception>
    public static ScreeningCreateOptions PoliticallyExposedPerson(PersonScreeningQuery query)
        => new(ScreeningType.PoliticallyExposedPerson, Person(query));

    /// <summary>Is the person on a sanctions or watch list?</summary>
    /// <param name="query">The person: at least a name.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentException">The query has no name, or a country that is not two letters.</exception>
    public static ScreeningCreateOptions Watchlist(PersonScreeningQuery query)
        => new(ScreeningType.Watchlist, Person(query));

    /// <summary>Is the business on a sanctions or watch list?</summary>
    /// <param name="query">The business: at least its name.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentException">The query has no name, or a country that is not two letters.</exception>
    public static ScreeningCreateOptions BusinessWatchlist(BusinessScreeningQuery query)
        => new(ScreeningType.BusinessWatchlist, Business(query));

    /// <summary>Does adverse media mention the business?</summary>
    /// <param name="query">The business: at least its name.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentException">The query has no name, or a country that is not two letters.</exception>
    public static ScreeningCreateOptions BusinessAdverseMedia(BusinessScreeningQuery query)
        => new(ScreeningType.BusinessAdverseMedia, Business(query));

    /// <summary>The escape hatch: any <c>screening/…</c> type with a query sent exactly as given.</summary>
    /// <param name="type">The screening type; must start with <c>screening/</c>.</param>
    /// <param name="query">The query: a JSON object.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentException">The type is not a <c>screening/…</c> type, or the query is not a JSON object.</exception>
    public static ScreeningCreateOptions FromRawQuery(ScreeningType type, JsonElement query)
    {
        if (type.Value is null || !ScreeningsResources.IsScreening(type.Value))
        {
            throw new ArgumentException($"A screening type starts with \"screening/\" (e.g. {ScreeningType.Watchlist}); got \"{type.Value}\".", nameof(type));
        }

        if (query.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException($"A screening query must be a JSON object; got {query.ValueKind}.", nameof(query));
        }

        return new(type, query.Clone());
    }

    /// <summary>Throws when a set country code is not two letters.</summary>
    internal static void CheckCountry(string? country, string member)
    {
        if (country is not null && (country.Length != 2 || !char.IsAsciiLetter(country[0]) || !char.IsAsciiLetter(country[1])))
        {
            throw new ArgumentException($"{member} must be an ISO 3166-1 alpha-2 code such as \"US\"; got \"{country}\".", "query");
        }
    }

    private static JsonElement Person(PersonScreeningQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        return JsonSerializer.SerializeToElement(query, ScreeningsJsonContext.Default.PersonScreeningQuery);
    }

    private static JsonElement Business(BusinessScreeningQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        return JsonSerializer.SerializeToElement(query, ScreeningsJsonContext.Default.BusinessScreeningQuery);
    }
}

/// <summary>The <c>attributes</c> of a screening create request.</summary>
internal sealed record ScreeningCreateAttributes(ScreeningExecutionMode? ExecutionMode, JsonElement Query);
