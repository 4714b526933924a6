namespace Beltic.Screenings;

/// <summary>A sanctions, watch or PEP list that matched, with the entities on it that matched.</summary>
public sealed record ScreeningMatchedList
{
    /// <summary>The list's name.</summary>
    public string? Name { get; init; }

    /// <summary>Where the list is published.</summary>
    public string? Url { get; init; }

    /// <summary>The list's main type (e.g. <c>sanctions</c>, <c>pep</c>).</summary>
    public string? ListType { get; init; }

    /// <summary>Every type the list has.</summary>
    public IReadOnlyList<string> ListTypes { get; init; } = [];

    /// <summary>Beltic's short id for the list.</summary>
    public string? Slug { get; init; }

    /// <summary>The flag to show for the list's issuer (usually a country code).</summary>
    public string? FlagCode { get; init; }

    /// <summary>The issuer's country (ISO 3166-1 alpha-2).</summary>
    public string? CountryCode { get; init; }

    /// <summary>The entities on the list that matched.</summary>
    public IReadOnlyList<ScreeningEntity> Entities { get; init; } = [];

    /// <summary>How they matched (e.g. <c>name_exact</c>, <c>birthdate</c>), as Beltic words it.</summary>
    public IReadOnlyList<string> MatchTypes { get; init; } = [];
}
