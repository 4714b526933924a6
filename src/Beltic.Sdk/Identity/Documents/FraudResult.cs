namespace Beltic.Identity;

/// <summary>The fraud analysis of a document.</summary>
public sealed record FraudResult
{
    /// <summary>Overall score, e.g. <c>NORMAL</c>.</summary>
    public string? Score { get; init; }

    /// <summary>Metadata read from the file.</summary>
    public FileMetadata? FileMetadata { get; init; }

    /// <summary>Risk indicators found.</summary>
    public IReadOnlyList<FraudIndicator> Indicators { get; init; } = [];

    /// <summary>What kind of document it was classified as.</summary>
    public DocumentClassification? DocumentClassification { get; init; }
}
