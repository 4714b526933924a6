using System.Security;
using System.Security.Cryptography;
using Beltic.Testing.Auth;
using Beltic.Testing.Hosting;
using Beltic.Uploads;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Beltic.Testing.Identity;

/// <summary>
/// The presigned storage URLs (<c>PUT /_uploads/{fileId}?X-Amz-Signature=…</c>): public, like S3 — the URL's signature
/// is the credential, and the SDK never sends its API key there. An upload must carry the URL's signature before it
/// expires, a <c>Content-Length</c>, the declared size, an accepted type matching the declared one (or the file
/// name's extension) and, when one was declared, the declared MD5. Errors are S3's XML.
/// A repeat of the same bytes is accepted (a retried PUT); different bytes for an uploaded file are refused (409).
/// </summary>
internal sealed class FakeUploads(FakeState state, UploadStore uploads) : IFakeArea
{
    public void Map(IEndpointRouteBuilder routes)
        => routes.MapPut("/_uploads/{fileId}", PutAsync).WithMetadata(RequiredScope.Public);

    private async Task PutAsync(HttpContext context)
    {
        if (uploads.Find((string)context.Request.RouteValues["fileId"]!) is not { } upload)
        {
            await S3ErrorAsync(context, 404, "NoSuchUpload", "No file was declared for this URL.").ConfigureAwait(false);
            return;
        }

        if (FakeHttp.Query(context, "X-Amz-Signature") != upload.Signature)
        {
            await S3ErrorAsync(context, 403, "SignatureDoesNotMatch", "The request signature does not match the presigned URL.").ConfigureAwait(false);
            return;
        }

        var problem = Check(context, upload, FakeHttp.Body(context));
        if (problem is { } p)
        {
            await S3ErrorAsync(context, p.Status, p.Code, p.Message).ConfigureAwait(false);
            return;
        }

        var bytes = FakeHttp.Body(context);
        var contentType = FileTypes.Normalize(context.Request.ContentType!);
        bool first, same;
        lock (upload)
        {
            first = upload.Bytes is null;
            if (first)
            {
                upload.Bytes = bytes;
                upload.ContentType = contentType;
            }

            same = upload.Bytes.AsSpan().SequenceEqual(bytes) && upload.ContentType == contentType;
        }

        if (!same)
        {
            await S3ErrorAsync(context, 409, "AlreadyUploaded", "This file was already uploaded with other content; declare a new file instead.").ConfigureAwait(false);
            return;
        }

        if (first)
        {
            uploads.RaiseUploaded(upload);
        }

        context.Response.Headers.ETag = $"\"{Convert.ToHexStringLower(MD5.HashData(bytes))}\"";
        context.Response.StatusCode = 200;
    }

    private (int Status, string Code, string Message)? Check(HttpContext context, StoredUpload upload, byte[] bytes)
    {
        if (state.Now > upload.ExpiresAt)
        {
            return (403, "AccessDenied", "Request has expired: the presigned URL was valid for one hour.");
        }

        if (context.Request.ContentLength is not { } length)
        {
            return (411, "MissingContentLength", "You must provide the Content-Length HTTP header.");
        }

        if (length != bytes.LongLength)
        {
            return (400, "IncompleteBody", $"Content-Length says {length} bytes but {bytes.LongLength} arrived.");
        }

        if (upload.DeclaredSize is { } size && size != length)
        {
            return (400, length < size ? "EntityTooSmall" : "EntityTooLarge", $"The file was declared with byte_size {size} but {length} bytes were sent.");
        }

        var type = context.Request.ContentType is { Length: > 0 } ct ? FileTypes.Normalize(ct) : null;
        var expected = upload.DeclaredContentType ?? ByExtension(upload.FileName);
        if (type is null || !FileTypes.Allowed.Contains(type))
        {
            return (400, "InvalidContentType", $"Content-Type '{type}' is not accepted; send one of {string.Join(", ", FileTypes.Allowed.Order())}.");
        }

        if (expected is not null && expected != type && !(expected is "image/heic" or "image/heif" && type is "image/heic" or "image/heif"))
        {
            return (403, "SignatureDoesNotMatch", $"Content-Type '{type}' does not match the signed type '{expected}'.");
        }

        var md5 = Convert.ToBase64String(MD5.HashData(bytes));
        if (context.Request.Headers["Content-MD5"].ToString() is { Length: > 0 } header && header != md5)
        {
            return (400, "BadDigest", "The Content-MD5 you specified did not match what we received.");
        }

        if (upload.DeclaredChecksum is { } checksum && checksum != md5)
        {
            return (400, "BadDigest", $"The MD5 of the content ({md5}) does not match the declared checksum ({checksum}).");
        }

        return null;
    }

    /// <summary>The type a presigned URL for a file declared by name only would have been signed for.</summary>
    internal static string? ByExtension(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".pdf" => "application/pdf",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".png" => "image/png",
        ".webp" => "image/webp",
        ".tif" or ".tiff" => "image/tiff",
        ".heic" => "image/heic",
        ".heif" => "image/heif",
        _ => null,
    };

    private static Task S3ErrorAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/xml";
        var xml = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>{code}</Code><Message>{SecurityElement.Escape(message)}</Message>"
            + $"<RequestId>{FakeHttp.RequestId(context)}</RequestId></Error>";
        return context.Response.WriteAsync(xml, context.RequestAborted);
    }
}
