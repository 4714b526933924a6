namespace Beltic.Verification.Http;

/// <summary>
/// One cached value with single-flight refresh: concurrent callers that find it missing or stale share one fetch.
/// </summary>
internal sealed class CachedEntry<T> where T : class
{
    private readonly object _gate = new();
    private Task<T>? _inFlight;

    public T? Value { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; } = DateTimeOffset.MinValue;

    /// <summary>Starts a fetch unless one is running; every caller awaits the same task.</summary>
    public Task<T> RefreshAsync(Func<Task<(T Value, TimeSpan Ttl)>> fetch, TimeProvider time)
    {
        lock (_gate)
        {
            if (_inFlight is { } running)
            {
                return running;
            }

            var task = RunAsync(fetch, time);
            _inFlight = task;
            return task;
        }
    }

    private async Task<T> RunAsync(Func<Task<(T Value, TimeSpan Ttl)>> fetch, TimeProvider time)
    {
        try
        {
            await Task.Yield();
            var (value, ttl) = await fetch().ConfigureAwait(false);
            lock (_gate)
            {
                Value = value;
                var now = time.GetUtcNow();
                ExpiresAt = ttl >= DateTimeOffset.MaxValue - now ? DateTimeOffset.MaxValue : now + ttl;
            }

            return value;
        }
        finally
        {
            lock (_gate)
            {
                _inFlight = null;
            }
        }
    }
}
