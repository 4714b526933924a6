using Beltic.Http;
namespace Beltic.Businesses;

/// <summary>
/// How <see cref="BusinessesClient.WaitForCompletionAsync(Business, BusinessWaitOptions?, RequestOptions?, CancellationToken)"/>
/// polls: the first interval, doubling up to <see cref="MaxInterval"/>, until <see cref="Timeout"/> has passed.
/// </summary>
public sealed record BusinessWaitOptions
{
    /// <summary>The wait before the second poll (and before the first, when waiting on a record you hold); default 1 s.</summary>
    public TimeSpan InitialInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between polls; default 15 s.</summary>
    public TimeSpan MaxInterval { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// The deadline, from the start of the wait; default 5 min. The last poll happens at the deadline; if the lookup is
    /// still processing then, a <see cref="TimeoutException"/> is thrown (the lookup itself carries on at Beltic).
    /// </summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);

    internal PollSchedule Schedule() => PollSchedule.Create(InitialInterval, MaxInterval, Timeout, nameof(BusinessWaitOptions));
}
