namespace Beltic.Identity;

/// <summary>A shareholder of a business.</summary>
public sealed record Shareholder
{
    /// <summary>Name of the person or entity.</summary>
    public string? Name { get; init; }

    /// <summary>Kind of shareholder, e.g. <c>person</c> or <c>business</c>.</summary>
    public string? ShareholderType { get; init; }

    /// <summary>Date of birth, for a person.</summary>
    public DateOnly? DateOfBirth { get; init; }

    /// <summary>Kind of identity document, e.g. <c>passport</c>.</summary>
    public string? IdType { get; init; }

    /// <summary>Identity document number.</summary>
    public string? IdNumber { get; init; }

    /// <summary>Number of shares held.</summary>
    public decimal? NumberOfShare { get; init; }

    /// <summary>Percentage of shares held (0–100).</summary>
    public decimal? PercentageOfShare { get; init; }
}
