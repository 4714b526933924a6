namespace Beltic.Workflows;

/// <summary>
/// A wait for a workflow execution reached its deadline (<see cref="WorkflowWaitOptions.Timeout"/>) before the run
/// ended. The run itself goes on; <see cref="Execution"/> is the last status seen, so you can keep waiting later or
/// resume it.
/// </summary>
public sealed class WorkflowWaitTimeoutException : TimeoutException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="execution">The last status seen.</param>
    /// <param name="timeout">The deadline that passed.</param>
    public WorkflowWaitTimeoutException(WorkflowExecution execution, TimeSpan timeout)
        : base($"Workflow execution '{execution?.ExecutionId}' was still '{execution?.Status}' when the wait of {timeout} ended.")
    {
        ArgumentNullException.ThrowIfNull(execution);
        Execution = execution;
        Timeout = timeout;
    }

    /// <summary>The last status seen.</summary>
    public WorkflowExecution Execution { get; }

    /// <summary>The deadline that passed.</summary>
    public TimeSpan Timeout { get; }
}
