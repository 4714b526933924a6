namespace Beltic.Testing.Identity;

/// <summary>
/// A file declared on a document, waiting for (or holding) its bytes at the fake's presigned URL. What was declared
/// is what the upload is checked against, as S3 checks a presigned PUT against what was signed.
/// </summary>
internal sealed class StoredUpload
{
    public required string FileId { get; init; }

    public required StoredResource Document { get; init; }

    public required string FileName { get; init; }

    public string? DeclaredContentType { get; init; }

    public long? DeclaredSize { get; init; }

    /// <summary>Base64 MD5, when declared (proof-of-address files).</summary>
    public string? DeclaredChecksum { get; init; }

    /// <summary>The <c>X-Amz-Signature</c> the URL carries; any other value is refused.</summary>
    public required string Signature { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }

    public byte[]? Bytes { get; set; }

    public string? ContentType { get; set; }

    public bool Uploaded => Bytes is not null;
}
