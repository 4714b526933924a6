using Beltic.Http;

namespace Beltic.Screenings;

/// <summary>
/// How <see cref="ScreeningsClient.WaitForCompletionAsync(Screening, ScreeningWaitOptions?, RequestOptions?, CancellationToken)"/>
/// polls: the first interval, doubling up to <see cref="MaxInterval"/>, until <see cref="Timeout"/> has passed.
/// </summary>
public sealed record ScreeningWaitOptions
{
    /// <summary>The wait before the second poll (and before the first, when waiting on a screening you hold); default 1 s.</summary>
    public TimeSpan InitialInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between polls; default 15 s.</summary>
    public TimeSpan MaxInterval { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// The deadline, from the start of the wait; default 5 min. The last poll happens at the deadline; if the screening
    /// is still pending then, a <see cref="TimeoutException"/> is thrown (the screening itself carries on at Beltic).
    /// </summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);

    internal PollSchedule Schedule() => PollSchedule.Create(InitialInterval, MaxInterval, Timeout, nameof(ScreeningWaitOptions));
}
