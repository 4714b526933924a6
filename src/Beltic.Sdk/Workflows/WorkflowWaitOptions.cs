namespace Beltic.Workflows;

/// <summary>
/// How <see cref="WorkflowsClient.WaitForExecutionAsync(WorkflowExecution, WorkflowWaitOptions?, RequestOptions?, CancellationToken)"/>
/// polls: every <see cref="InitialInterval"/> at first, doubling up to <see cref="MaxInterval"/>, until
/// <see cref="Timeout"/> has passed.
/// </summary>
public sealed record WorkflowWaitOptions
{
    /// <summary>The default deadline: 10 minutes.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How long to wait in all before giving up with a <see cref="WorkflowWaitTimeoutException"/> (default 10 min;
    /// <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> waits until the run ends or the token is cancelled). A
    /// paused run waits for people (manual review, bank approval), so set this to what your caller can afford.
    /// </summary>
    public TimeSpan Timeout { get; init; } = DefaultTimeout;

    /// <summary>The wait before the first poll (default 1 s); each later wait doubles it.</summary>
    public TimeSpan InitialInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two polls (default 30 s; at most one day).</summary>
    public TimeSpan MaxInterval { get; init; } = TimeSpan.FromSeconds(30);

    internal void Validate()
    {
        if (Timeout <= TimeSpan.Zero && Timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException("waitOptions", Timeout, "WorkflowWaitOptions.Timeout must be positive, or Timeout.InfiniteTimeSpan.");
        }

        if (InitialInterval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException("waitOptions", InitialInterval, "WorkflowWaitOptions.InitialInterval must be positive.");
        }

        if (MaxInterval < InitialInterval || MaxInterval > TimeSpan.FromDays(1))
        {
            throw new ArgumentOutOfRangeException("waitOptions", MaxInterval, "WorkflowWaitOptions.MaxInterval must be at least InitialInterval and at most one day.");
        }
    }
}
