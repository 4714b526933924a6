using Beltic.Http;

namespace Beltic.Uploads;

/// <summary>
/// Sends a file's bytes to a presigned storage URL with <c>PUT</c>, through the SDK's upload client: retries on
/// transport errors, 429 and 5xx (PUT is idempotent), logs the path only, and never sends the Beltic API key or any
/// other Beltic header except <c>User-Agent</c>.
/// </summary>
internal static class PresignedUploader
{
    public static async Task UploadAsync(
        BelticConnection connection,
        PresignedUpload target,
        PreparedUpload file,
        IProgress<long>? progress,
        long progressOffset,
        CancellationToken cancellationToken)
    {
        EnsureSafe(target.Url, file.FileName);
        using var request = new HttpRequestMessage(HttpMethod.Put, target.Url)
        {
            Content = new UploadContent(file, progress, progressOffset),
        };

        HttpResponseMessage response;
        try
        {
            response = await connection.UploadClient().SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (BelticConnection.TryMapTransport(ex, cancellationToken) is { } mapped && mapped != ex)
        {
            throw mapped;
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                throw BelticErrorParser.Create(response.StatusCode, body, response.Headers, connection.TimeProvider.GetUtcNow(), request);
            }
        }
    }

    /// <summary>Document images go over TLS only; plain http is allowed for loopback (local fakes and tests).</summary>
    private static void EnsureSafe(Uri url, string fileName)
    {
        if (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback))
        {
            return;
        }

        throw new BelticException(
            $"Refusing to upload '{fileName}': the presigned upload URL the API returned is not https ({url.Scheme}://{url.Host}).");
    }
}
