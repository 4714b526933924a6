namespace Beltic.Identity;

/// <summary>Metadata embedded in a document file (PDF info dictionary and similar).</summary>
public sealed record FileMetadata
{
    /// <summary>Producing software.</summary>
    public string? Producer { get; init; }

    /// <summary>Creating application.</summary>
    public string? Creator { get; init; }

    /// <summary>Creation date as recorded in the file.</summary>
    public string? CreationDate { get; init; }

    /// <summary>Modification date as recorded in the file.</summary>
    public string? ModDate { get; init; }

    /// <summary>Author.</summary>
    public string? Author { get; init; }

    /// <summary>Title.</summary>
    public string? Title { get; init; }

    /// <summary>Keywords.</summary>
    public string? Keywords { get; init; }

    /// <summary>Subject.</summary>
    public string? Subject { get; init; }
}
