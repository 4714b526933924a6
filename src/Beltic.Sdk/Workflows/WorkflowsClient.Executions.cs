using System.Net;
using System.Text.Json;
using Beltic.Http;

namespace Beltic.Workflows;

public partial class WorkflowsClient
{
    /// <summary>
    /// The least time one attempt of <see cref="ExecuteAsync"/> may take: 5 minutes. A run holds the connection open
    /// until it ends or pauses (documented P95: KYC 6 s, KYB 4 s, with long tails), so the client's
    /// <see cref="BelticClientOptions.AttemptTimeout"/> (30 s) and <see cref="BelticClientOptions.Timeout"/> are raised
    /// to this for execute calls. <see cref="RequestOptions.Timeout"/> replaces it for one call, shorter or longer.
    /// </summary>
    public static readonly TimeSpan DefaultExecuteTimeout = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Runs a workflow (<c>POST /v1/workflows/execute</c>, scope <c>workflows:execute</c>) and returns when the run
    /// ends or pauses. Every outcome is a result: <see cref="WorkflowExecution.IsCompleted"/>,
    /// <see cref="WorkflowExecution.IsFailed"/> (with <see cref="WorkflowExecution.Error"/>) and
    /// <see cref="WorkflowExecution.IsCancelled"/> (HTTP 200), or <see cref="WorkflowExecution.IsPaused"/> (HTTP 202:
    /// wait with <see cref="WaitForExecutionAsync(WorkflowExecution, WorkflowWaitOptions?, RequestOptions?, CancellationToken)"/>
    /// or resume with <see cref="ResumeAsync"/>). The call always carries an <c>Idempotency-Key</c> (yours, or a UUID)
    /// and every retry re-sends that key and the same body, so a retried run is not run twice. One attempt may take
    /// <see cref="DefaultExecuteTimeout"/>; <see cref="RequestOptions.Timeout"/> overrides it. With
    /// <see cref="BelticClientOptions.ClientSideRateLimiting"/>, runs count against their own tier (60 a minute, bursts of 100).
    /// </summary>
    /// <param name="options">What to run.</param>
    /// <param name="requestOptions">Per-call settings (API key, idempotency key, timeout).</param>
    /// <param name="cancellationToken">Cancels the call (the run may go on on the server).</param>
    /// <returns>The execution.</returns>
    public virtual Task<WorkflowExecution> ExecuteAsync(WorkflowExecuteOptions options, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(options);
        return ExecuteCoreAsync("workflows.execute", options, requestOptions, cancellationToken);
    }

    /// <summary>
    /// Resumes a paused execution: runs <c>POST /v1/workflows/execute</c> again for its workflow with
    /// <paramref name="runFromBlock"/> (sent exactly as given: its members are not documented; it points at the block
    /// after the pause point) and the paused run's id as <c>options.executionId</c>. Same idempotency and timeout as
    /// <see cref="ExecuteAsync"/>. For anything else (new input, a run from a block of a finished execution), call
    /// <see cref="ExecuteAsync"/> with <see cref="WorkflowExecuteOptions.RunFromBlock"/>.
    /// </summary>
    /// <param name="execution">The paused execution (it must have <see cref="WorkflowExecution.ExecutionId"/> and <see cref="WorkflowExecution.WorkflowId"/>).</param>
    /// <param name="runFromBlock">Where to go on from (a JSON object).</param>
    /// <param name="requestOptions">Per-call settings (API key, idempotency key, timeout).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The execution after resuming: completed, failed, cancelled, or paused again.</returns>
    public virtual Task<WorkflowExecution> ResumeAsync(WorkflowExecution execution, JsonElement runFromBlock, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(execution);
        if (!execution.IsPaused)
        {
            throw new ArgumentException(
                $"Only a paused execution can be resumed; '{execution.ExecutionId}' is '{execution.Status}'. To re-run part of another execution, call ExecuteAsync with WorkflowExecuteOptions.RunFromBlock.",
                nameof(execution));
        }

        var executionId = Argument.NotNullOrWhiteSpace(execution.ExecutionId, "execution.ExecutionId");
        var workflowId = Argument.NotNullOrWhiteSpace(execution.WorkflowId, "execution.WorkflowId");
        if (runFromBlock.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException($"runFromBlock must be a JSON object; got {runFromBlock.ValueKind}.", nameof(runFromBlock));
        }

        var options = new WorkflowExecuteOptions(workflowId) { ExecutionId = executionId, RunFromBlock = runFromBlock };
        return ExecuteCoreAsync("workflows.resume", options, requestOptions, cancellationToken);
    }

    /// <summary>
    /// Lists executions: of every workflow (<c>GET /v1/workflows/executions</c>) or of one
    /// (<see cref="WorkflowExecutionListOptions.WorkflowId"/>: <c>GET /v1/workflows/{id}/executions</c>); scope
    /// <c>workflows:executions:read</c>. The answer's shape is not documented: a bare array or one wrapped as
    /// <c>executions</c>, <c>items</c> or <c>data</c> is accepted. One page, no continuation token.
    /// </summary>
    /// <param name="options">Which executions.</param>
    /// <param name="requestOptions">Per-call settings (API key, timeout).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The executions.</returns>
    public virtual async Task<BelticPage<WorkflowExecution>> ListExecutionsAsync(WorkflowExecutionListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var workflowId = Argument.NullOrNotWhiteSpace(options?.WorkflowId, "options.WorkflowId");
        var call = Call("workflows.list_executions", requestOptions);
        var api = Rest<IWorkflowExecutionsApi>();
        var wire = await SendAsync(workflowId is null ? api.ListAsync(call, cancellationToken) : api.ListForWorkflowAsync(workflowId, call, cancellationToken),
            cancellationToken).ConfigureAwait(false);
        return wire.ToPage(workflowId);
    }

    /// <summary>Executions as a pageable (one page: the list is not paged); for code written against paged lists.</summary>
    /// <param name="options">Which executions.</param>
    /// <param name="requestOptions">Per-call settings (API key, timeout).</param>
    /// <param name="cancellationToken">Cancels enumeration.</param>
    /// <returns>The executions.</returns>
    public virtual BelticPageable<WorkflowExecution> ListExecutionsAutoPagingAsync(WorkflowExecutionListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NullOrNotWhiteSpace(options?.WorkflowId, "options.WorkflowId");
        requestOptions?.Validate();
        return Pageable<WorkflowExecution>(
            (token, ct) =>
            {
                RejectContinuationToken(token);
                return ListExecutionsAsync(options, requestOptions, ct);
            },
            cancellationToken);
    }

    /// <summary>Reads where an execution stands (<c>GET /v1/workflows/status/{executionId}</c>, scope <c>workflows:executions:read</c>).</summary>
    /// <param name="executionId">The execution id.</param>
    /// <param name="requestOptions">Per-call settings (API key, timeout).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The execution's current status (and whatever else the server sends).</returns>
    /// <exception cref="BelticNotFoundException">No such execution.</exception>
    public virtual async Task<WorkflowExecution> GetExecutionStatusAsync(string executionId, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(executionId);
        var call = Call("workflows.get_execution_status", requestOptions);
        var execution = await SendAsync(Rest<IWorkflowExecutionsApi>().GetStatusAsync(executionId, call, cancellationToken), cancellationToken).ConfigureAwait(false);
        return Complete(execution, workflowId: null, executionId);
    }

    private async Task<WorkflowExecution> ExecuteCoreAsync(string operation, WorkflowExecuteOptions options, RequestOptions? requestOptions, CancellationToken cancellationToken)
    {
        var body = WorkflowExecuteRequest.From(options);
        // The caller's total also sets the attempt time, so a longer RequestOptions.Timeout lengthens the attempt too.
        var call = Call(operation, requestOptions, requestOptions?.Timeout ?? DefaultExecuteTimeout, ExecuteTier);
        var execution = await SendAsync(Rest<IWorkflowExecutionsApi>().ExecuteAsync(body, call, cancellationToken), cancellationToken).ConfigureAwait(false);
        return Complete(execution, options.WorkflowId, options.ExecutionId);
    }

    /// <summary>Fills what the answer leaves out: the ids the caller already knows, and a status derived from the HTTP code or <c>success</c>.</summary>
    private static WorkflowExecution Complete(WorkflowExecution execution, string? workflowId, string? executionId)
    {
        var status = execution.Status;
        if (string.IsNullOrEmpty(status.Value))
        {
            status = execution.RawResponse?.StatusCode == HttpStatusCode.Accepted ? WorkflowExecutionStatus.Paused
                : execution.Success switch
                {
                    true => WorkflowExecutionStatus.Completed,
                    false => WorkflowExecutionStatus.Failed,
                    null => status,
                };
        }

        return execution with
        {
            Status = status,
            WorkflowId = execution.WorkflowId ?? workflowId,
            ExecutionId = execution.ExecutionId ?? executionId,
        };
    }
}
