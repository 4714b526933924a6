namespace Beltic.Screenings;

/// <summary>
/// The query of a person screening (<see cref="ScreeningType.PoliticallyExposedPerson"/>, <see cref="ScreeningType.Watchlist"/>),
/// as Beltic's reference shows it. For members this record does not have, use
/// <see cref="ScreeningCreateOptions.FromRawQuery"/>.
/// </summary>
public sealed record PersonScreeningQuery
{
    /// <summary>Given name (<c>name_first</c>).</summary>
    public string? NameFirst { get; init; }

    /// <summary>Family name (<c>name_last</c>).</summary>
    public string? NameLast { get; init; }

    /// <summary>Date of birth (<c>birthdate</c>, sent as <c>yyyy-MM-dd</c>); narrows the matches.</summary>
    public DateOnly? Birthdate { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country (<c>country_code</c>); narrows the matches.</summary>
    public string? CountryCode { get; init; }

    /// <summary>A person is screened by name: at least one name part; a country must be two letters.</summary>
    internal void Validate()
    {
        if (string.IsNullOrWhiteSpace(NameFirst) && string.IsNullOrWhiteSpace(NameLast))
        {
            throw new ArgumentException("PersonScreeningQuery needs NameFirst or NameLast: a person is screened by name.", "query");
        }

        ScreeningCreateOptions.CheckCountry(CountryCode, "PersonScreeningQuery.CountryCode");
    }
}
