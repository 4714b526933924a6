using System.Threading.RateLimiting;

namespace Beltic.Http;

/// <summary>Takes a permit from the (key, tier) bucket of the call, recording how long the queue made it wait.</summary>
internal static class ClientRateLimit
{
    /// <summary>
    /// A permit for one attempt. A queue wait counts against the call's total time (<paramref name="remaining"/>),
    /// not one attempt's; a full queue throws <see cref="ClientRateLimitRejection"/>, the total running out a
    /// <see cref="TimeoutException"/>.
    /// </summary>
    public static async ValueTask<RateLimitLease> AcquireAsync(
        ClientRateLimiters limiters, BelticCall? call, string? configuredKey, int queueLimit, TimeSpan remaining, CancellationToken cancellationToken)
    {
        var key = call?.ApiKey ?? configuredKey ?? string.Empty;
        var tier = call?.Tier ?? RateLimitTier.Default;
        var limiter = limiters.For(key, tier, queueLimit);

        var lease = limiter.AttemptAcquire();
        if (!lease.IsAcquired)
        {
            lease.Dispose();
            var start = limiters.Time.GetTimestamp();
            using (var deadline = TimeoutTokens.Start(remaining, limiters.Time, cancellationToken))
            {
                try
                {
                    lease = await limiter.AcquireAsync(1, deadline.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
                {
                    throw new TimeoutException($"The call's total time ({remaining.TotalSeconds:0.###} s left) ran out waiting for a client-side rate-limit permit.", ex);
                }
            }

            if (lease.IsAcquired && BelticTelemetry.RateLimitWait.Enabled)
            {
                BelticTelemetry.RateLimitWait.Record(
                    limiters.Time.GetElapsedTime(start).TotalSeconds,
                    new System.Diagnostics.TagList { { BelticTelemetry.OperationTag, call?.Operation ?? "unknown" }, { "beltic.rate_limit.source", "client" } });
            }
        }

        if (!lease.IsAcquired)
        {
            TimeSpan? retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : null;
            lease.Dispose();
            throw new ClientRateLimitRejection(retryAfter);
        }

        return lease;
    }
}
