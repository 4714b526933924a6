using System.Threading.RateLimiting;
using Polly;

namespace Beltic.Http;

/// <summary>Takes a permit from the (key, tier) bucket of the call, recording how long the queue made it wait.</summary>
internal static class ClientRateLimit
{
    public static async ValueTask<RateLimitLease> AcquireAsync(ClientRateLimiters limiters, ResilienceContext context, string? configuredKey, int queueLimit)
    {
        var call = context.GetRequestMessage() is { } request ? BelticCall.Of(request) : null;
        var key = call?.ApiKey ?? configuredKey ?? string.Empty;
        var tier = call?.Tier ?? RateLimitTier.Default;
        var limiter = limiters.For(key, tier, queueLimit);

        var lease = limiter.AttemptAcquire();
        if (lease.IsAcquired)
        {
            return lease;
        }

        lease.Dispose();
        var start = limiters.Time.GetTimestamp();
        lease = await limiter.AcquireAsync(1, context.CancellationToken).ConfigureAwait(false);
        if (lease.IsAcquired && BelticTelemetry.RateLimitWait.Enabled)
        {
            BelticTelemetry.RateLimitWait.Record(
                limiters.Time.GetElapsedTime(start).TotalSeconds,
                new System.Diagnostics.TagList { { BelticTelemetry.OperationTag, call?.Operation ?? "unknown" }, { "beltic.rate_limit.source", "client" } });
        }

        return lease;
    }
}
