using System.Text.Json;
using Beltic.Serialization.JsonApi;

namespace Beltic.Uploads;

/// <summary>
/// Reads presigned upload URLs from a response <c>meta</c> in all three shapes Beltic uses:
/// <c>meta.files[] { id, presigned_upload_url, expires_in }</c> (document/idv create),
/// <c>meta.presigned_upload_url</c> + <c>meta.expires_in</c> (add a file; the file is the resource itself) and
/// <c>meta.presigned_upload_urls[] { file_id, url, expires_in }</c> (document/address submit).
/// Entries without an absolute http(s) URL are skipped.
/// </summary>
internal static class PresignedUploadReader
{
    public static IReadOnlyList<PresignedUpload> Read(JsonElement meta, string? resourceFileId)
    {
        if (meta.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        var result = new List<PresignedUpload>();
        if (meta.TryGetProperty("files", out var files) && files.ValueKind == JsonValueKind.Array)
        {
            AddAll(files, result);
        }

        if (meta.TryGetProperty("presigned_upload_urls", out var urls) && urls.ValueKind == JsonValueKind.Array)
        {
            AddAll(urls, result);
        }

        if (Entry(meta, resourceFileId, inArray: false) is { } single)
        {
            result.Add(single);
        }

        return result;
    }

    private static void AddAll(JsonElement array, List<PresignedUpload> result)
    {
        foreach (var item in array.EnumerateArray())
        {
            if (Entry(item, fileId: null, inArray: true) is { } upload)
            {
                result.Add(upload);
            }
        }
    }

    private static PresignedUpload? Entry(JsonElement obj, string? fileId, bool inArray)
    {
        if (obj.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var url = JsonApiMapper.Text(obj, "presigned_upload_url") ?? (inArray ? JsonApiMapper.Text(obj, "url") : null);
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return null;
        }

        TimeSpan? expiresIn = obj.TryGetProperty("expires_in", out var e) && e.ValueKind == JsonValueKind.Number && e.TryGetDouble(out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : null;
        var id = inArray ? JsonApiMapper.Text(obj, "file_id") ?? JsonApiMapper.Text(obj, "id") : fileId;
        return new PresignedUpload(id, uri, expiresIn);
    }
}
