using System.Collections.Concurrent;

namespace Beltic.Http;

/// <summary>
/// Cancellation sources that fire after a timeout on a <see cref="TimeProvider"/>'s clock. On the system clock they
/// are pooled and reset (<see cref="CancellationTokenSource.TryReset"/> also stops and keeps the timer), so an attempt
/// that finishes in time allocates no source and no timer; on any other clock (fake time in tests) each is new.
/// </summary>
internal static class TimeoutTokens
{
    private const int MaxPooled = 256;
    private static readonly ConcurrentQueue<CancellationTokenSource> Pool = new();
    private static int _pooled;

    /// <summary>A token that is cancelled after <paramref name="timeout"/> or when <paramref name="caller"/> is; dispose to release it.</summary>
    public static Scope Start(TimeSpan timeout, TimeProvider time, CancellationToken caller)
    {
        var source = Rent(timeout, time);
        return new Scope(source, caller.UnsafeRegister(static s => ((CancellationTokenSource)s!).Cancel(), source), time);
    }

    private static CancellationTokenSource Rent(TimeSpan timeout, TimeProvider time)
    {
        if (time != TimeProvider.System)
        {
            return new CancellationTokenSource(timeout, time);
        }

        if (Pool.TryDequeue(out var source))
        {
            Interlocked.Decrement(ref _pooled);
        }
        else
        {
            source = new CancellationTokenSource();
        }

        source.CancelAfter(timeout);
        return source;
    }

    /// <summary>Pools the source when it never fired and can be reset; disposes it otherwise.</summary>
    private static void Return(CancellationTokenSource source, TimeProvider time)
    {
        if (time == TimeProvider.System && source.TryReset())
        {
            if (Interlocked.Increment(ref _pooled) <= MaxPooled)
            {
                Pool.Enqueue(source);
                return;
            }

            Interlocked.Decrement(ref _pooled);
        }

        source.Dispose();
    }

    /// <summary>One timed token, linked to the caller's; a struct, so holding one allocates nothing.</summary>
    public readonly struct Scope(CancellationTokenSource source, CancellationTokenRegistration link, TimeProvider time) : IDisposable
    {
        public CancellationToken Token => source.Token;

        /// <summary>Whether the token was cancelled (by the timeout, unless the caller's token was cancelled too).</summary>
        public bool IsCancellationRequested => source.IsCancellationRequested;

        public void Dispose()
        {
            // Unlink first: Dispose waits for a running callback, so the source is never pooled while being cancelled.
            link.Dispose();
            Return(source, time);
        }
    }
}
