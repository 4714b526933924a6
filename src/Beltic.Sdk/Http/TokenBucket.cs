using System.Threading.RateLimiting;

namespace Beltic.Http;

/// <summary>
/// A token bucket on a <see cref="TimeProvider"/>'s clock. The BCL's <c>TokenBucketRateLimiter</c> reads the real
/// clock even when refilled by hand, so it cannot run on fake time; this one can. Tokens accrue continuously at the
/// tier's rate up to its burst; waiters are served oldest first; a full queue fails at once with a Retry-After.
/// </summary>
internal sealed class TokenBucket : RateLimiter
{
    private readonly object _gate = new();
    private readonly TimeProvider _time;
    private readonly double _capacity;
    private readonly double _tokensPerTick;
    private readonly int _queueLimit;
    private readonly LinkedList<Waiter> _queue = new();
    private readonly ITimer _timer;
    private double _tokens;
    private long _refilledAt;
    private int _queued;
    private long _successful;
    private long _failed;
    private bool _disposed;

    public TokenBucket(RateLimitTier tier, int queueLimit, TimeProvider time)
    {
        _time = time;
        _capacity = tier.Burst;
        _tokens = tier.Burst;
        _tokensPerTick = tier.PermitsPerMinute / (60.0 * time.TimestampFrequency);
        _queueLimit = queueLimit;
        _refilledAt = time.GetTimestamp();
        _timer = time.CreateTimer(static s => ((TokenBucket)s!).ServeQueue(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public override TimeSpan? IdleDuration => null;

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_gate)
        {
            Refill();
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = (long)_tokens,
                CurrentQueuedCount = _queued,
                TotalSuccessfulLeases = _successful,
                TotalFailedLeases = _failed,
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        lock (_gate)
        {
            Refill();
            return _queue.Count == 0 && _tokens >= permitCount ? Take(permitCount) : Fail(permitCount);
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            Refill();
            if (_queue.Count == 0 && _tokens >= permitCount)
            {
                return ValueTask.FromResult<RateLimitLease>(Take(permitCount));
            }

            if (_queued + permitCount > _queueLimit)
            {
                return ValueTask.FromResult<RateLimitLease>(Fail(permitCount));
            }

            var waiter = new Waiter(permitCount);
            var node = _queue.AddLast(waiter);
            _queued += permitCount;
            waiter.Registration = cancellationToken.Register(static s => ((TokenBucket)((object[])s!)[0]).Cancel((LinkedListNode<Waiter>)((object[])s!)[1]), new object[] { this, node });
            Schedule();
            return new ValueTask<RateLimitLease>(waiter.Completion.Task);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (!disposing)
        {
            return;
        }

        lock (_gate)
        {
            _disposed = true;
            foreach (var waiter in _queue)
            {
                waiter.Registration.Dispose();
                waiter.Completion.TrySetResult(Lease.Failed(TimeSpan.Zero));
            }

            _queue.Clear();
        }

        _timer.Dispose();
    }

    private void ServeQueue()
    {
        lock (_gate)
        {
            Refill();
            while (_queue.First is { } head && _tokens >= head.Value.Permits)
            {
                _queue.RemoveFirst();
                _queued -= head.Value.Permits;
                head.Value.Registration.Dispose();
                head.Value.Completion.TrySetResult(Take(head.Value.Permits));
            }

            Schedule();
        }
    }

    private void Cancel(LinkedListNode<Waiter> node)
    {
        lock (_gate)
        {
            if (node.List is null)
            {
                return;
            }

            _queue.Remove(node);
            _queued -= node.Value.Permits;
            node.Value.Completion.TrySetCanceled();
            Schedule();
        }
    }

    /// <summary>Wakes up when the oldest waiter's tokens will have accrued (caller holds the lock).</summary>
    private void Schedule()
    {
        var due = _queue.First is { } head ? Until(head.Value.Permits) : Timeout.InfiniteTimeSpan;
        _timer.Change(due, Timeout.InfiniteTimeSpan);
    }

    private void Refill()
    {
        var now = _time.GetTimestamp();
        _tokens = Math.Min(_capacity, _tokens + ((now - _refilledAt) * _tokensPerTick));
        _refilledAt = now;
    }

    private TimeSpan Until(int permits)
    {
        var missing = permits - _tokens;
        return missing <= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(Math.Ceiling(missing / _tokensPerTick) / _time.TimestampFrequency);
    }

    private Lease Take(int permits)
    {
        _tokens -= permits;
        _successful++;
        return Lease.Acquired;
    }

    private Lease Fail(int permits)
    {
        _failed++;
        return Lease.Failed(Until(permits + (int)Math.Ceiling(_queued - _tokens)));
    }

    private sealed class Waiter(int permits)
    {
        public int Permits { get; } = permits;

        public TaskCompletionSource<RateLimitLease> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public CancellationTokenRegistration Registration { get; set; }
    }

    private sealed class Lease : RateLimitLease
    {
        private readonly TimeSpan? _retryAfter;

        private Lease(bool acquired, TimeSpan? retryAfter)
        {
            IsAcquired = acquired;
            _retryAfter = retryAfter;
        }

        public static Lease Acquired { get; } = new(true, null);

        public override bool IsAcquired { get; }

        public override IEnumerable<string> MetadataNames => _retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public static Lease Failed(TimeSpan retryAfter) => new(false, retryAfter);

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name ? _retryAfter : null;
            return metadata is not null;
        }
    }
}
