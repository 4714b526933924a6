using System.Text;

namespace Beltic.Verification.Http;

/// <summary>Fetches a small text document over HTTPS with a size cap and reads its <c>Cache-Control: max-age</c>.</summary>
internal sealed class DocumentFetcher(HttpClient http, bool requireHttps, int maxBytes)
{
    public async Task<(string Content, TimeSpan? MaxAge)> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && (requireHttps || url.Scheme != Uri.UriSchemeHttp)))
        {
            throw new InvalidOperationException($"Refusing to fetch '{url}': only https URLs are allowed.");
        }

        using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"GET {url} returned {(int)response.StatusCode}.", null, response.StatusCode);
        }

        if (response.Content.Headers.ContentLength > maxBytes)
        {
            throw new InvalidOperationException($"GET {url} returned {response.Content.Headers.ContentLength} bytes, over the {maxBytes}-byte limit.");
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                throw new InvalidOperationException($"GET {url} returned more than {maxBytes} bytes.");
            }
        }

        var cc = response.Headers.CacheControl;
        TimeSpan? maxAge = cc is null ? null : cc.NoStore || cc.NoCache ? TimeSpan.Zero : cc.MaxAge;
        return (Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length), maxAge);
    }
}
