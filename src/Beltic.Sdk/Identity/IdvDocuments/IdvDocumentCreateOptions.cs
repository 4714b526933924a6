namespace Beltic.Identity;

/// <summary>
/// What to send to create a government ID document (<see cref="IdvDocumentsClient.CreateAsync"/>): the names of the
/// files you will upload (two for a two-sided ID) and, optionally, the session. To create and upload in one call use
/// <see cref="IdvDocumentsClient.CreateAndUploadAsync"/>.
/// </summary>
public sealed record IdvDocumentCreateOptions
{
    /// <summary>The file names to declare, e.g. <c>["front.jpg", "back.jpg"]</c>; at least one, all different.</summary>
    public IReadOnlyList<string> FileNames { get; init; } = [];

    /// <summary>The session to attach the document to (relationship <c>session</c>); omit for a standalone document.</summary>
    public string? SessionId { get; init; }
}
