namespace Beltic.Identity;

/// <summary>What kind of document a file was classified as.</summary>
public sealed record DocumentClassification
{
    /// <summary>Classification id.</summary>
    public string? Id { get; init; }

    /// <summary>Broad type.</summary>
    public string? Type { get; init; }

    /// <summary>Document class.</summary>
    public string? DocumentClassType { get; init; }

    /// <summary>Detailed type.</summary>
    public string? DetailedType { get; init; }
}
