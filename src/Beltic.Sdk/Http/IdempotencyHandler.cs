namespace Beltic.Http;

/// <summary>
/// Outermost handler: runs once per logical call, outside the retry loop. Gives every POST, PATCH and DELETE an
/// <c>Idempotency-Key</c> (the caller's, or a new UUID) so every retry of that call re-sends the same key, and
/// buffers the request body so a retry can re-send it.
/// </summary>
internal sealed class IdempotencyHandler : DelegatingHandler
{
    public const string HeaderName = "Idempotency-Key";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (NeedsKey(request.Method) && !request.Headers.Contains(HeaderName))
        {
            request.Headers.TryAddWithoutValidation(HeaderName, BelticCall.Of(request)?.IdempotencyKey ?? Guid.NewGuid().ToString());
        }

        if (request.Content is not null)
        {
            await request.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        }

        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    internal static bool NeedsKey(HttpMethod method)
        => method == HttpMethod.Post || method == HttpMethod.Patch || method == HttpMethod.Delete;
}
