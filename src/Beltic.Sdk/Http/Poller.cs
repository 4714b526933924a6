namespace Beltic.Http;

/// <summary>When to poll a long-running operation: the first interval, the cap it doubles up to, and the deadline (<see cref="Timeout.InfiniteTimeSpan"/> for none).</summary>
internal readonly record struct PollSchedule(TimeSpan InitialInterval, TimeSpan MaxInterval, TimeSpan Timeout)
{
    /// <summary>
    /// Checks the caller's wait options before anything is sent (a deadline of at most 24 h, as the long-running lookups
    /// need); <paramref name="owner"/> names them in messages.
    /// </summary>
    public static PollSchedule Create(TimeSpan initial, TimeSpan max, TimeSpan timeout, string owner)
    {
        if (initial <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException("waitOptions", initial, $"{owner}.InitialInterval must be positive.");
        }

        if (max < initial)
        {
            throw new ArgumentOutOfRangeException("waitOptions", max, $"{owner}.MaxInterval must not be shorter than InitialInterval ({initial}).");
        }

        if (timeout <= TimeSpan.Zero || timeout > TimeSpan.FromHours(24))
        {
            throw new ArgumentOutOfRangeException("waitOptions", timeout, $"{owner}.Timeout must be between 0 and 24 h.");
        }

        return new PollSchedule(initial, max, timeout);
    }
}

/// <summary>
/// Polls a long-running operation until it is done, with doubling intervals, a deadline and cancellation. Waits run on
/// the connection's <see cref="TimeProvider"/>, so tests drive them with fake time. Every area's wait helper uses it.
/// </summary>
internal static class Poller
{
    /// <summary>Polls until <paramref name="isDone"/> says so, or throws <paramref name="timedOut"/>'s exception at the deadline.</summary>
    /// <param name="current">The record the caller holds (still running: the first poll waits an interval), or null to poll at once.</param>
    /// <param name="fetch">Reads the record again.</param>
    /// <param name="isDone">Whether a record is finished.</param>
    /// <param name="schedule">Intervals and deadline.</param>
    /// <param name="time">The connection's clock (fake in tests).</param>
    /// <param name="timedOut">The exception for a record still running at the deadline.</param>
    /// <param name="cancellationToken">Cancels the waits and the polls.</param>
    public static async Task<T> PollAsync<T>(
        T? current, Func<CancellationToken, Task<T>> fetch, Func<T, bool> isDone, PollSchedule schedule, TimeProvider time, Func<T, Exception> timedOut, CancellationToken cancellationToken)
        where T : class
    {
        var unbounded = schedule.Timeout == Timeout.InfiniteTimeSpan;
        var deadline = unbounded ? DateTimeOffset.MaxValue : time.GetUtcNow() + schedule.Timeout;
        if (current is null)
        {
            current = await fetch(cancellationToken).ConfigureAwait(false);
            if (isDone(current))
            {
                return current;
            }
        }

        var interval = schedule.InitialInterval;
        while (true)
        {
            var remaining = unbounded ? interval : deadline - time.GetUtcNow();
            if (remaining <= TimeSpan.Zero)
            {
                throw timedOut(current);
            }

            // The last wait is cut to the deadline, so the final poll happens exactly when the caller's time is up.
            await Task.Delay(interval < remaining ? interval : remaining, time, cancellationToken).ConfigureAwait(false);
            current = await fetch(cancellationToken).ConfigureAwait(false);
            if (isDone(current))
            {
                return current;
            }

            interval = interval * 2 < schedule.MaxInterval ? interval * 2 : schedule.MaxInterval;
        }
    }
}
