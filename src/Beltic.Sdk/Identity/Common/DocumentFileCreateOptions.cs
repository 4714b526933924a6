namespace Beltic.Identity;

/// <summary>
/// A file to declare on an existing document (the low-level "add file" call). The upload helpers
/// (<c>UploadFileAsync</c>) fill this in from a <see cref="FileUpload"/> for you.
/// </summary>
public sealed record DocumentFileCreateOptions
{
    /// <summary>Creates the options.</summary>
    /// <param name="fileName">The file name.</param>
    /// <param name="contentType">The MIME type (PDF, JPEG, PNG, WEBP, TIFF or HEIC/HEIF).</param>
    /// <param name="byteSize">The size in bytes (positive).</param>
    public DocumentFileCreateOptions(string fileName, string contentType, long byteSize)
    {
        FileName = Http.Argument.NotNullOrWhiteSpace(fileName);
        Http.Argument.NotNullOrWhiteSpace(contentType);
        var normalized = Uploads.FileTypes.Normalize(contentType);
        Uploads.FileTypes.RequireAllowed(normalized, contentType, $"Document file '{fileName}'", nameof(contentType));

        if (byteSize <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(byteSize), byteSize, "A document file must have at least one byte.");
        }

        ContentType = normalized;
        ByteSize = byteSize;
    }

    /// <summary>The file name.</summary>
    public string FileName { get; }

    /// <summary>The normalised MIME type.</summary>
    public string ContentType { get; }

    /// <summary>The size in bytes.</summary>
    public long ByteSize { get; }

    /// <summary>Base64 MD5 of the content, when known (sent for proof-of-address files, as documented).</summary>
    public string? Checksum { get; init; }

    /// <summary>The add-file request; the resource type differs per document kind (see README).</summary>
    internal Serialization.JsonApi.JsonApiRequest ToRequest(string type) => Serialization.JsonApi.JsonApiMapper.Request(
        type,
        new DocumentFileAttributes(FileName, ContentType, ByteSize) { Checksum = Checksum },
        IdentityJsonContext.Default.DocumentFileAttributes);
}
