namespace Beltic.Identity;

/// <summary>The attributes sent to declare a new file on a document.</summary>
internal sealed record DocumentFileAttributes(string Filename, string ContentType, long ByteSize)
{
    public string? Checksum { get; init; }
}

/// <summary>The attributes sent to create a <c>document/idv</c>: <c>{ files: [ { filename } ] }</c>.</summary>
internal sealed record IdvDocumentAttributes(IReadOnlyList<FileNameAttribute> Files);

/// <summary>One declared file name.</summary>
internal sealed record FileNameAttribute(string Filename);
