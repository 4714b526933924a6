namespace Beltic.Identity;

/// <summary>The attributes sent to declare a new file on a document.</summary>
internal sealed record DocumentFileAttributes(string Filename, string ContentType, long ByteSize)
{
    public string? Checksum { get; init; }
}
