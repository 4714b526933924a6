using System.Collections.Concurrent;

namespace Beltic.Testing.Hosting;

/// <summary>The documented per-key tiers on the fake's clock, enforced only when asked (429 + <c>Retry-After</c>).</summary>
internal sealed class FakeRateLimits(TimeProvider time)
{
    private readonly ConcurrentDictionary<(string Key, string Tier), Bucket> _buckets = new();

    /// <summary>Takes a permit; returns the wait until one is free when none is.</summary>
    public TimeSpan? TryTake(string apiKey, RateTier tier)
    {
        var bucket = _buckets.GetOrAdd((apiKey, tier.Name), _ => new Bucket(tier.Burst, time.GetTimestamp()));
        lock (bucket)
        {
            var now = time.GetTimestamp();
            var perTick = tier.PerMinute / (60.0 * time.TimestampFrequency);
            bucket.Tokens = Math.Min(tier.Burst, bucket.Tokens + ((now - bucket.At) * perTick));
            bucket.At = now;
            if (bucket.Tokens >= 1)
            {
                bucket.Tokens -= 1;
                return null;
            }

            return TimeSpan.FromSeconds(Math.Ceiling((1 - bucket.Tokens) / perTick / time.TimestampFrequency));
        }
    }

    private sealed class Bucket(double tokens, long at)
    {
        public double Tokens { get; set; } = tokens;

        public long At { get; set; } = at;
    }
}

/// <summary>A per-key rate-limit tier (§11): default 300/min burst 500; workflow execution 60/min burst 100; batch issue 10/min burst 10.</summary>
internal sealed record RateTier(string Name, int PerMinute, int Burst)
{
    public static RateTier Default { get; } = new("default", 300, 500);

    public static RateTier WorkflowExecution { get; } = new("workflow_execution", 60, 100);

    public static RateTier BatchIssue { get; } = new("batch_issue", 10, 10);
}
