namespace Beltic.Screenings;

/// <summary>A listed birthdate; lists often know only the year or the month.</summary>
public sealed record ScreeningBirthdate
{
    /// <summary>Day of the month, when known.</summary>
    public int? Day { get; init; }

    /// <summary>Month (1–12), when known.</summary>
    public int? Month { get; init; }

    /// <summary>Year, when known.</summary>
    public int? Year { get; init; }

    /// <summary>How precise the date is (e.g. <c>day</c>, <c>month</c>, <c>year</c>), as Beltic words it.</summary>
    public string? Granularity { get; init; }
}
