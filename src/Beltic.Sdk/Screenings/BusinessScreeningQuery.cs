namespace Beltic.Screenings;

/// <summary>
/// The query of a business screening (<see cref="ScreeningType.BusinessWatchlist"/>, <see cref="ScreeningType.BusinessAdverseMedia"/>):
/// <c>{ "name": …, "country_code": … }</c>. Beltic's reference does not show this query; the member names follow the
/// person query's. If Beltic expects others, use <see cref="ScreeningCreateOptions.FromRawQuery"/>.
/// </summary>
public sealed record BusinessScreeningQuery
{
    /// <summary>Creates the query.</summary>
    /// <param name="name">The business's name (<c>name</c>).</param>
    public BusinessScreeningQuery(string name) => Name = name;

    /// <summary>The business's name (<c>name</c>).</summary>
    public string Name { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country (<c>country_code</c>); narrows the matches.</summary>
    public string? CountryCode { get; init; }

    /// <summary>A business is screened by name; a country must be two letters.</summary>
    internal void Validate()
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            throw new ArgumentException("BusinessScreeningQuery.Name is missing: a business is screened by name.", "query");
        }

        ScreeningCreateOptions.CheckCountry(CountryCode, "BusinessScreeningQuery.CountryCode");
    }
}
