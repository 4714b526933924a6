using System.Net;

namespace Beltic.Http;

/// <summary>
/// Beltic's documented retry rules (§11): retry 429, 500, 502, 503, 504 and transport failures (connection errors,
/// attempt timeouts); never 400, 401, 403, 404, 409, 422. Exponential backoff with jitter from 1 s capped at 30 s,
/// never shorter than <c>Retry-After</c>; a <c>Retry-After</c> beyond the configured maximum is not waited for.
/// </summary>
internal static class BelticRetryPolicy
{
    public static readonly TimeSpan BaseDelay = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    public static bool IsRetryableStatus(HttpStatusCode status)
        => (int)status is 429 or 500 or 502 or 503 or 504;

    public static bool ShouldRetry(HttpResponseMessage? response, Exception? failure, HttpRequestMessage? request, TimeSpan maxRetryAfter, DateTimeOffset now)
    {
        // POST, PATCH and DELETE are retried only when they carry an idempotency key (the SDK always adds one; this
        // guards requests that bypass the idempotency handler). PUT (presigned uploads) is idempotent by definition.
        if (request is not null && IdempotencyHandler.NeedsKey(request.Method) && !request.Headers.Contains(IdempotencyHandler.HeaderName))
        {
            return false;
        }

        if (failure is not null)
        {
            return failure is HttpRequestException or TimeoutException;
        }

        if (response is null || !IsRetryableStatus(response.StatusCode))
        {
            return false;
        }

        var retryAfter = RetryAfterParser.Parse(response.Headers, now);
        return retryAfter is null || retryAfter <= maxRetryAfter;
    }

    /// <summary>Exponential backoff with "equal jitter" (half fixed, half random), floored at <c>Retry-After</c>.</summary>
    public static TimeSpan ComputeDelay(int attemptNumber, HttpResponseMessage? response, DateTimeOffset now, Random random)
    {
        var exponent = Math.Min(attemptNumber, 16);
        var backoff = TimeSpan.FromTicks(Math.Min(MaxBackoff.Ticks, BaseDelay.Ticks << exponent));
        var half = backoff / 2;
        var jittered = half + (half * random.NextDouble());

        var retryAfter = response is null ? null : RetryAfterParser.Parse(response.Headers, now);
        return retryAfter is { } ra && ra > jittered ? ra : jittered;
    }
}
