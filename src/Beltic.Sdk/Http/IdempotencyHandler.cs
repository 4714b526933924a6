namespace Beltic.Http;

/// <summary>
/// Outermost handler: runs once per logical call, outside the retry loop. Gives every POST, PATCH and DELETE an
/// <c>Idempotency-Key</c> (the caller's, or a new UUID) so every retry of that call re-sends the same key, and
/// buffers the request body so a retry can re-send it. A PUT replaces a whole resource and is idempotent by itself, so
/// it gets no generated key — but a key the caller chose is sent there too rather than silently dropped.
/// </summary>
internal sealed class IdempotencyHandler : DelegatingHandler
{
    public const string HeaderName = "Idempotency-Key";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.Headers.Contains(HeaderName))
        {
            var callerKey = BelticCall.Of(request)?.IdempotencyKey;
            if (NeedsKey(request.Method))
            {
                request.Headers.TryAddWithoutValidation(HeaderName, callerKey ?? Guid.NewGuid().ToString());
            }
            else if (callerKey is not null && request.Method == HttpMethod.Put)
            {
                request.Headers.TryAddWithoutValidation(HeaderName, callerKey);
            }
        }

        // No body (most reads): nothing to buffer, and no async frame of our own on the way.
        return request.Content is null ? base.SendAsync(request, cancellationToken) : BufferAndSendAsync(request, cancellationToken);
    }

    private async Task<HttpResponseMessage> BufferAndSendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await request.Content!.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    internal static bool NeedsKey(HttpMethod method)
        => method == HttpMethod.Post || method == HttpMethod.Patch || method == HttpMethod.Delete;
}
