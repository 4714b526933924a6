using System.Threading.RateLimiting;
using Beltic.Http;
using Microsoft.Extensions.Time.Testing;

namespace Beltic.Sdk.Tests.Observability;

/// <summary>The client-side token bucket on fake time: burst, steady rate, oldest-first queue, cancellation, Retry-After.</summary>
public class TokenBucketTests
{
    private static readonly RateLimitTier Tier = new("test", PermitsPerMinute: 60, Burst: 2); // one permit a second

    [Fact]
    public async Task The_burst_is_served_at_once_then_one_permit_a_second_in_order()
    {
        var time = new FakeTimeProvider();
        using var bucket = new TokenBucket(Tier, queueLimit: 5, time);

        Assert.True(bucket.AttemptAcquire().IsAcquired);
        Assert.True(bucket.AttemptAcquire().IsAcquired);
        var first = bucket.AcquireAsync().AsTask();
        var second = bucket.AcquireAsync().AsTask();
        Assert.False(first.IsCompleted);

        time.Advance(TimeSpan.FromSeconds(1));
        Assert.True((await first.WaitAsync(TimeSpan.FromSeconds(5))).IsAcquired);
        Assert.False(second.IsCompleted);

        time.Advance(TimeSpan.FromSeconds(1));
        Assert.True((await second.WaitAsync(TimeSpan.FromSeconds(5))).IsAcquired);
    }

    [Fact]
    public async Task A_full_queue_fails_at_once_with_a_retry_after_and_a_cancelled_waiter_leaves_the_queue()
    {
        var time = new FakeTimeProvider();
        using var bucket = new TokenBucket(Tier, queueLimit: 1, time);
        bucket.AttemptAcquire();
        bucket.AttemptAcquire();
        using var cts = new CancellationTokenSource();

        var waiting = bucket.AcquireAsync(1, cts.Token).AsTask();
        var rejected = await bucket.AcquireAsync();
        cts.Cancel();

        Assert.False(rejected.IsAcquired);
        Assert.True(rejected.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) && retryAfter > TimeSpan.Zero);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.Equal(0, bucket.GetStatistics()!.CurrentQueuedCount);
    }
}
