namespace Beltic.Businesses;

/// <summary>When to poll a long-running KYB lookup (businesses and screenings share it).</summary>
internal readonly record struct PollSchedule(TimeSpan InitialInterval, TimeSpan MaxInterval, TimeSpan Timeout)
{
    /// <summary>Checks the caller's wait options before anything is sent; <paramref name="owner"/> names them in messages.</summary>
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
/// Polls a lookup until it is done, with doubling intervals, a deadline and cancellation. Waits run on the
/// connection's <see cref="TimeProvider"/>, so tests drive them with fake time.
/// </summary>
internal static class LookupPoller
{
    /// <summary>Polls until <paramref name="isDone"/> says so, or throws <see cref="TimeoutException"/> at the deadline.</summary>
    /// <param name="current">The record the caller holds (still running: the first poll waits an interval), or null to poll at once.</param>
    /// <param name="fetch">Reads the record again.</param>
    /// <param name="isDone">Whether a record is finished.</param>
    /// <param name="schedule">Intervals and deadline.</param>
    /// <param name="time">The connection's clock (fake in tests).</param>
    /// <param name="describe">Names a still-running record in the timeout message, e.g. <c>screening 'scr_1' (status pending)</c>.</param>
    /// <param name="cancellationToken">Cancels the waits and the polls.</param>
    public static async Task<T> PollAsync<T>(
        T? current, Func<CancellationToken, Task<T>> fetch, Func<T, bool> isDone, PollSchedule schedule, TimeProvider time, Func<T, string> describe, CancellationToken cancellationToken)
        where T : class
    {
        var deadline = time.GetUtcNow() + schedule.Timeout;
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
            var remaining = deadline - time.GetUtcNow();
            if (remaining <= TimeSpan.Zero)
            {
                throw new TimeoutException(
                    $"The {describe(current)} was still running when the wait's Timeout ({schedule.Timeout}) ran out. It carries on at Beltic; wait again or read it later.");
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
