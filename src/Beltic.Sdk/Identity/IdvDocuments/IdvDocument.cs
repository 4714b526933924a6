using Beltic.Uploads;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Beltic.Serialization;
using Beltic.Serialization.JsonApi;

namespace Beltic.Identity;

/// <summary>A government ID document (<c>document/idv</c>): its files, processing status and extracted sides.</summary>
public sealed record IdvDocument : BelticResource, IJsonApiResource<IdvDocument>
{
    private IReadOnlyList<PresignedUpload>? _uploads;

    /// <summary>Processing status.</summary>
    public DocumentStatus? Status { get; init; }

    /// <summary>The recognised document type (e.g. <c>passport</c>), once processed.</summary>
    public string? DocumentType { get; init; }

    /// <summary>The declared files and their upload status.</summary>
    public IReadOnlyList<DocumentFile> Files { get; init; } = [];

    /// <summary>The front side, once processed (shape not documented; kept raw).</summary>
    public JsonElement? FrontSide { get; init; }

    /// <summary>The back side, once processed (kept raw).</summary>
    public JsonElement? BackSide { get; init; }

    /// <summary>The portrait crop, once processed (kept raw).</summary>
    public JsonElement? Portrait { get; init; }

    /// <summary>The signature crop, once processed (kept raw).</summary>
    public JsonElement? Signature { get; init; }

    /// <summary>When the document was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When it was submitted for processing.</summary>
    public DateTimeOffset? SubmittedAt { get; init; }

    /// <summary>When processing finished.</summary>
    public DateTimeOffset? ProcessedAt { get; init; }

    /// <summary>The session it belongs to (relationship <c>session</c>), if any.</summary>
    [JsonIgnore]
    public string? SessionId => RelatedId("session");

    /// <summary>The account it belongs to (relationship <c>account</c>), if any.</summary>
    [JsonIgnore]
    public string? AccountId => RelatedId("account");

    /// <summary>The verification created for it (relationship <c>verification</c>), if any.</summary>
    [JsonIgnore]
    public string? VerificationId => RelatedId("verification");

    /// <summary>Presigned upload URLs for the pending files (from the create response's <c>meta.files</c>).</summary>
    [JsonIgnore]
    public IReadOnlyList<PresignedUpload> Uploads => _uploads ??= PresignedUploadReader.Read(Meta, resourceFileId: null);

    /// <summary>The presigned URL for a file declared at creation: by its file id, else by declaration order.</summary>
    internal PresignedUpload UploadFor(string fileName, int index, int declared)
    {
        var fileId = Files.FirstOrDefault(f => f.Filename == fileName)?.Id;
        return (fileId is null ? null : Uploads.FirstOrDefault(u => u.FileId == fileId))
            ?? (Uploads.Count == declared ? Uploads[index] : null)
            ?? throw new BelticException($"The API created document '{Id}' but returned no presigned upload URL for '{fileName}'.");
    }

    static string IJsonApiResource<IdvDocument>.ExpectedType => IdentityResources.IdvDocument;

    static bool IJsonApiResource<IdvDocument>.Accepts(string type) => type == IdentityResources.IdvDocument;

    static JsonTypeInfo<IdvDocument> IJsonApiResource<IdvDocument>.AttributesTypeInfo => IdentityJsonContext.Default.IdvDocument;
}
