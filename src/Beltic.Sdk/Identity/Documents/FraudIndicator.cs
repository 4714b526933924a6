namespace Beltic.Identity;

/// <summary>One fraud risk indicator found on a document.</summary>
public sealed record FraudIndicator
{
    /// <summary>Indicator id.</summary>
    public string? Id { get; init; }

    /// <summary>Kind, e.g. <c>RISK</c>.</summary>
    public string? Type { get; init; }

    /// <summary>Category.</summary>
    public string? Category { get; init; }

    /// <summary>Short title.</summary>
    public string? Title { get; init; }

    /// <summary>Explanation.</summary>
    public string? Description { get; init; }

    /// <summary>Which analysis found it, e.g. <c>FRAUD</c>.</summary>
    public string? Origin { get; init; }
}
