namespace Beltic.Http;

/// <summary>
/// Adds <c>X-Api-Key</c>: the call's own key (<see cref="RequestOptions.ApiKey"/>) or the configured one. Only the
/// keyed pipeline has this handler; public endpoints go through pipelines without it, so they can never receive a key.
/// With no key at all it fails before anything is sent, naming the operation.
/// </summary>
internal sealed class ApiKeyHandler(Func<string?> configuredKey) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Remove(ApiKeys.HeaderName);
        var call = BelticCall.Of(request);
        var key = call?.ApiKey ?? configuredKey();
        if (string.IsNullOrEmpty(key))
        {
            var what = call?.MethodName ?? $"{request.Method} {request.RequestUri?.AbsolutePath}";
            throw new InvalidOperationException(
                $"{what} needs an API key, but none is configured (BelticClientOptions.ApiKey, configuration key 'Beltic:ApiKey') and none was given for the call (RequestOptions.ApiKey). Only the public endpoints work without one.");
        }

        request.Headers.TryAddWithoutValidation(ApiKeys.HeaderName, key);
        return base.SendAsync(request, cancellationToken);
    }
}
