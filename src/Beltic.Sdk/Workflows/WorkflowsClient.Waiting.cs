using Beltic.Http;

namespace Beltic.Workflows;

public partial class WorkflowsClient
{
    /// <summary>
    /// Waits for a paused (or otherwise unfinished) execution to end — completed, failed or cancelled — by polling
    /// <c>GET /v1/workflows/status/{executionId}</c>: first after <see cref="WorkflowWaitOptions.InitialInterval"/>
    /// (1 s), then doubling up to <see cref="WorkflowWaitOptions.MaxInterval"/> (1, 2, 4, 8, 16, 30, 30 … s). The last
    /// poll happens at the deadline. A finished execution is returned at once, without a request.
    /// </summary>
    /// <param name="execution">The execution, e.g. a paused result of <see cref="ExecuteAsync"/>.</param>
    /// <param name="waitOptions">Deadline and poll intervals; default 10 min, 1 s doubling to 30 s.</param>
    /// <param name="requestOptions">Per-call settings (API key, timeout) for every poll.</param>
    /// <param name="cancellationToken">Cancels the wait, between polls or during one.</param>
    /// <returns>The finished execution (<see cref="WorkflowExecution.IsTerminal"/>); a failed run is returned, not thrown.</returns>
    /// <exception cref="WorkflowWaitTimeoutException">The deadline passed first; it carries the last status seen.</exception>
    public virtual Task<WorkflowExecution> WaitForExecutionAsync(WorkflowExecution execution, WorkflowWaitOptions? waitOptions = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(execution);
        var options = Validate(waitOptions, requestOptions);
        if (execution.IsTerminal)
        {
            return Task.FromResult(execution);
        }

        var executionId = Argument.NotNullOrWhiteSpace(execution.ExecutionId, "execution.ExecutionId");
        return WaitCoreAsync(executionId, execution, options, requestOptions, cancellationToken);
    }

    /// <summary>
    /// Waits for an execution to end, by id: polls its status at once, then like
    /// <see cref="WaitForExecutionAsync(WorkflowExecution, WorkflowWaitOptions?, RequestOptions?, CancellationToken)"/>.
    /// </summary>
    /// <param name="executionId">The execution id.</param>
    /// <param name="waitOptions">Deadline and poll intervals; default 10 min, 1 s doubling to 30 s.</param>
    /// <param name="requestOptions">Per-call settings (API key, timeout) for every poll.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The finished execution.</returns>
    /// <exception cref="WorkflowWaitTimeoutException">The deadline passed first; it carries the last status seen.</exception>
    public virtual Task<WorkflowExecution> WaitForExecutionAsync(string executionId, WorkflowWaitOptions? waitOptions = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(executionId);
        var options = Validate(waitOptions, requestOptions);
        return WaitCoreAsync(executionId, null, options, requestOptions, cancellationToken);
    }

    private static WorkflowWaitOptions Validate(WorkflowWaitOptions? waitOptions, RequestOptions? requestOptions)
    {
        var options = waitOptions ?? new WorkflowWaitOptions();
        options.Validate();
        requestOptions?.Validate();
        return options;
    }

    private Task<WorkflowExecution> WaitCoreAsync(string executionId, WorkflowExecution? last, WorkflowWaitOptions options, RequestOptions? requestOptions, CancellationToken cancellationToken)
    {
        // The status answer may not name the workflow: carry it over from what the caller held, for ResumeAsync.
        var workflowId = last?.WorkflowId;
        return Poller.PollAsync(
            last,
            async ct =>
            {
                var current = await GetExecutionStatusAsync(executionId, requestOptions, ct).ConfigureAwait(false);
                workflowId ??= current.WorkflowId;
                return current.WorkflowId is null && workflowId is not null ? current with { WorkflowId = workflowId } : current;
            },
            e => e.IsTerminal,
            new PollSchedule(options.InitialInterval, options.MaxInterval, options.Timeout),
            Connection.TimeProvider,
            e => new WorkflowWaitTimeoutException(e, options.Timeout),
            cancellationToken);
    }
}
