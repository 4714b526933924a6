using Beltic.Uploads;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Beltic.Serialization;
using Beltic.Serialization.JsonApi;

namespace Beltic.Identity;

/// <summary>A file of a document (an image side or a PDF page set), with where to upload it while it is pending.</summary>
public sealed record DocumentFile : BelticResource, IJsonApiResource<DocumentFile>
{
    private IReadOnlyList<PresignedUpload>? _uploads;

    /// <summary>The file name given when the file was declared.</summary>
    public string? Filename { get; init; }

    /// <summary>The MIME type.</summary>
    public string? ContentType { get; init; }

    /// <summary>Upload status (<c>pending_upload</c> until the bytes arrive).</summary>
    public FileStatus? Status { get; init; }

    /// <summary>Where the stored file can be read (when the server exposes it).</summary>
    public string? Url { get; init; }

    /// <summary>Size in bytes.</summary>
    public long? ByteSize { get; init; }

    /// <summary>Checksum the server recorded (base64 MD5 when the SDK declared it).</summary>
    public string? Checksum { get; init; }

    /// <summary>The presigned URL to upload this file's bytes to, when the response carried one.</summary>
    [JsonIgnore]
    public PresignedUpload? Upload
    {
        get
        {
            var uploads = _uploads ??= PresignedUploadReader.Read(Meta, Id);
            return uploads.FirstOrDefault(u => u.FileId == Id) ?? (uploads.Count == 1 ? uploads[0] : null);
        }
    }

    /// <summary>The presigned URL of a file just added to a document, or a clear error when the API gave none.</summary>
    internal PresignedUpload RequireUpload(string documentId)
        => Upload ?? throw new BelticException($"The API added '{Filename}' to document '{documentId}' but returned no presigned upload URL for it.");

    static string IJsonApiResource<DocumentFile>.ExpectedType => IdentityResources.File;

    static bool IJsonApiResource<DocumentFile>.Accepts(string type) => type == IdentityResources.File;

    static JsonTypeInfo<DocumentFile> IJsonApiResource<DocumentFile>.AttributesTypeInfo => IdentityJsonContext.Default.DocumentFile;
}
