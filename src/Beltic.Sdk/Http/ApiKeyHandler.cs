using Microsoft.Extensions.Options;

namespace Beltic.Http;

/// <summary>
/// Adds <c>X-Api-Key</c> to every request except the public endpoints (<c>/.well-known/*</c> and
/// <c>POST /v1/credentials/_public/verify</c>), which never receive the key.
/// </summary>
internal sealed class ApiKeyHandler(IOptionsMonitor<BelticClientOptions> options) : DelegatingHandler
{
    public const string HeaderName = "X-Api-Key";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Remove(HeaderName);
        if (!IsPublic(request.RequestUri))
        {
            var key = options.CurrentValue.ApiKey;
            if (string.IsNullOrEmpty(key))
            {
                throw new InvalidOperationException(
                    $"No Beltic API key is configured, and {request.Method} {request.RequestUri?.AbsolutePath} needs one. Set BelticClientOptions.ApiKey (configuration key 'Beltic:ApiKey').");
            }

            request.Headers.TryAddWithoutValidation(HeaderName, key);
        }

        return base.SendAsync(request, cancellationToken);
    }

    /// <summary>Whether the URI is one of Beltic's public, key-less endpoints.</summary>
    public static bool IsPublic(Uri? uri)
    {
        if (uri is null)
        {
            return false;
        }

        var path = uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString;
        return path.Contains("/.well-known/", StringComparison.Ordinal)
            || path.EndsWith("/credentials/_public/verify", StringComparison.Ordinal);
    }
}
