namespace Beltic.Screenings;

/// <summary>A person or organisation on a matched list.</summary>
public sealed record ScreeningEntity
{
    /// <summary>The name as listed.</summary>
    public string? Name { get; init; }

    /// <summary>What kind of name it is (e.g. <c>primary</c>, <c>aka</c>), as Beltic words it.</summary>
    public string? AliasType { get; init; }

    /// <summary>Listed birthdates, possibly partial (see <see cref="ScreeningBirthdate.Granularity"/>).</summary>
    public IReadOnlyList<ScreeningBirthdate> Birthdates { get; init; } = [];

    /// <summary>A single birthdate as text, when the list gives one.</summary>
    public string? Birthdate { get; init; }
}
