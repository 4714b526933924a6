namespace Beltic.Identity;

/// <summary>
/// What <see cref="IdvDocumentsClient.CreateAndUploadAsync"/> creates and uploads: the front image, the back image of a
/// two-sided ID, the session, and an optional progress handler.
/// </summary>
public sealed record IdvDocumentUploadOptions
{
    /// <summary>Creates the options.</summary>
    /// <param name="front">The front side (or the only page) of the ID.</param>
    public IdvDocumentUploadOptions(FileUpload front) => Front = Http.Argument.NotNull(front);

    /// <summary>The front side (or the only page).</summary>
    public FileUpload Front { get; }

    /// <summary>The back side of a two-sided ID; its file name must differ from the front's.</summary>
    public FileUpload? Back { get; init; }

    /// <summary>The session to attach the document to; omit for a standalone document (processed automatically).</summary>
    public string? SessionId { get; init; }

    /// <summary>Receives the total bytes uploaded so far in this call (across both files); restarts a file's share if an attempt is retried.</summary>
    public IProgress<long>? ProgressHandler { get; init; }
}
