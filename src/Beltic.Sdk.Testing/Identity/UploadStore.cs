using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Beltic.Testing.Hosting;

namespace Beltic.Testing.Identity;

/// <summary>
/// The fake's presigned storage: declares files (each with its own signed URL on the fake's host, valid one hour on
/// the fake's clock), keeps the bytes that arrive, and tells the document's owner when one did.
/// </summary>
internal sealed class UploadStore(FakeState state)
{
    public static readonly TimeSpan UrlLifetime = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, StoredUpload> _byId = new(StringComparer.Ordinal);

    /// <summary>Called (outside any lock) once a file's bytes are stored.</summary>
    public event Action<StoredUpload>? Uploaded;

    public StoredUpload Declare(StoredResource document, string fileName, string? contentType = null, long? size = null, string? checksum = null)
    {
        var upload = new StoredUpload
        {
            FileId = state.NewId("file"),
            Document = document,
            FileName = fileName,
            DeclaredContentType = contentType,
            DeclaredSize = size,
            DeclaredChecksum = checksum,
            Signature = "fake" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            ExpiresAt = state.Now + UrlLifetime,
        };
        _byId[upload.FileId] = upload;
        return upload;
    }

    public StoredUpload? Find(string fileId) => _byId.GetValueOrDefault(fileId);

    /// <summary>The presigned URL, shaped like S3's so code that logs or inspects it sees the familiar parameters.</summary>
    public string Url(StoredUpload upload)
        => state.Url($"/_uploads/{upload.FileId}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires={(int)UrlLifetime.TotalSeconds}&X-Amz-Signature={upload.Signature}").AbsoluteUri;

    /// <summary>The file as listed in a document's <c>files</c> attribute and in a <c>file</c> resource.</summary>
    public static JsonObject FileJson(StoredUpload upload) => new()
    {
        ["id"] = upload.FileId,
        ["filename"] = upload.FileName,
        ["content_type"] = upload.ContentType ?? upload.DeclaredContentType,
        ["status"] = upload.Uploaded ? "uploaded" : "pending_upload",
        ["url"] = null,
        ["byte_size"] = upload.Bytes?.LongLength ?? upload.DeclaredSize,
        ["checksum"] = upload.Bytes is { } b ? Convert.ToBase64String(MD5.HashData(b)) : upload.DeclaredChecksum,
    };

    /// <summary>A <c>meta.files[]</c> / <c>meta.presigned_upload_urls[]</c> entry.</summary>
    public JsonObject UrlJson(StoredUpload upload, string idName, string urlName) => new()
    {
        [idName] = upload.FileId,
        [urlName] = Url(upload),
        ["expires_in"] = (int)UrlLifetime.TotalSeconds,
    };

    internal void RaiseUploaded(StoredUpload upload) => Uploaded?.Invoke(upload);
}
