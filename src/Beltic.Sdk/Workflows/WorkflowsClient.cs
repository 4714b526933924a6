using System.Text.Json;
using Beltic.Http;
using Beltic.Serialization;
using Refit;

namespace Beltic.Workflows;

/// <summary>
/// The Workflows API (camelCase JSON): list, read, create, change, deploy and delete workflows; run them
/// (<see cref="ExecuteAsync"/>), follow a paused run to its end (<see cref="WaitForExecutionAsync(WorkflowExecution, WorkflowWaitOptions?, RequestOptions?, CancellationToken)"/>)
/// or resume it (<see cref="ResumeAsync"/>), and list executions. Reached through <see cref="BelticClient.Workflows"/>.
/// Thread-safe.
/// </summary>
public partial class WorkflowsClient : BelticAreaClient
{
    /// <summary>Running a workflow has its own per-key limit: 60 a minute, bursts of 100 (§11).</summary>
    internal static readonly RateLimitTier ExecuteTier = new("workflow_execute", 60, 100);

    internal WorkflowsClient(BelticConnection connection)
        : base(connection, WorkflowsJsonContext.Serializer)
    {
    }

    /// <summary>For mocking.</summary>
    protected WorkflowsClient()
    {
    }

    /// <summary>
    /// Lists the workflows (<c>GET /v1/workflows</c>, scope <c>workflows:read</c>). The API answers with every workflow
    /// at once, so this is one page with no continuation token.
    /// </summary>
    /// <param name="options">Filters (<see cref="WorkflowListOptions.Deployed"/>).</param>
    /// <param name="requestOptions">Per-call settings (API key, timeout).</param>
    /// <param name="cancellationToken">Cancels the call, including any backoff wait.</param>
    /// <returns>The workflows with their metadata and last execution.</returns>
    public virtual async Task<BelticPage<Workflow>> ListAsync(WorkflowListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var call = Call("workflows.list", requestOptions);
        var query = new WorkflowListQuery { Deployed = options?.Deployed switch { true => "true", false => "false", null => null } };
        var wire = await SendAsync(Rest<IWorkflowsApi>().ListAsync(query, call, cancellationToken), cancellationToken).ConfigureAwait(false);
        return wire.ToPage();
    }

    /// <summary>Every workflow, as a pageable (one page: the list is not paged); for code written against paged lists.</summary>
    /// <param name="options">Filters.</param>
    /// <param name="requestOptions">Per-call settings (API key, timeout).</param>
    /// <param name="cancellationToken">Cancels enumeration.</param>
    /// <returns>The workflows.</returns>
    public virtual BelticPageable<Workflow> ListAutoPagingAsync(WorkflowListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        requestOptions?.Validate();
        return Pageable<Workflow>(
            (token, ct) =>
            {
                RejectContinuationToken(token);
                return ListAsync(options, requestOptions, ct);
            },
            cancellationToken);
    }

    /// <summary>
    /// Gets a workflow (<c>GET /v1/workflows/{id}</c>, scope <c>workflows:read</c>): its metadata, and its graph
    /// (<see cref="Workflow.State"/> / <see cref="Workflow.Definition"/>) when the key also has <c>workflows:editor:read</c>.
    /// </summary>
    /// <param name="workflowId">The workflow id.</param>
    /// <param name="requestOptions">Per-call settings (API key, timeout).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The workflow.</returns>
    /// <exception cref="BelticNotFoundException">No such workflow.</exception>
    public virtual Task<Workflow> GetAsync(string workflowId, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(workflowId);
        var call = Call("workflows.get", requestOptions);
        return SendAsync(Rest<IWorkflowsApi>().GetAsync(workflowId, call, cancellationToken), cancellationToken);
    }

    /// <summary>Creates a workflow (<c>POST /v1/workflows</c>, scope <c>workflows:write</c>; the body is not documented, see <see cref="WorkflowCreateOptions"/>).</summary>
    /// <param name="options">The new workflow.</param>
    /// <param name="requestOptions">Per-call settings (API key, idempotency key, timeout).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The workflow as the server returned it.</returns>
    public virtual Task<Workflow> CreateAsync(WorkflowCreateOptions options, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(options);
        var body = WorkflowWriteRequest.From(options);
        var call = Call("workflows.create", requestOptions);
        return SendAsync(Rest<IWorkflowsApi>().CreateAsync(body, call, cancellationToken), cancellationToken);
    }

    /// <summary>Changes a workflow (<c>PATCH /v1/workflows/{id}</c>, scope <c>workflows:write</c>); only set members are sent.</summary>
    /// <param name="workflowId">The workflow id.</param>
    /// <param name="options">The changes (at least one).</param>
    /// <param name="requestOptions">Per-call settings (API key, idempotency key, timeout).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The workflow as the server returned it.</returns>
    public virtual Task<Workflow> UpdateAsync(string workflowId, WorkflowUpdateOptions options, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(workflowId);
        Argument.NotNull(options);
        var body = WorkflowWriteRequest.From(options);
        var call = Call("workflows.update", requestOptions);
        return SendAsync(Rest<IWorkflowsApi>().UpdateAsync(workflowId, body, call, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Saves a workflow's state graph (<c>PUT /v1/workflows/{id}/state</c>, scope <c>workflows:write</c>). The body is
    /// not documented: <paramref name="state"/> is sent as the whole request body, exactly as given. PUT is idempotent,
    /// so it is retried without an <c>Idempotency-Key</c> (a <see cref="RequestOptions.IdempotencyKey"/> is not sent).
    /// </summary>
    /// <param name="workflowId">The workflow id.</param>
    /// <param name="state">The state graph (a JSON object).</param>
    /// <param name="requestOptions">Per-call settings (API key, timeout).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What the server answered, as a <see cref="Workflow"/> (<see cref="Workflow.Id"/> filled in; an empty answer gives just that).</returns>
    public virtual Task<Workflow> SetStateAsync(string workflowId, JsonElement state, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(workflowId);
        if (state.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException($"The state must be a JSON object (the state graph); got {state.ValueKind}.", nameof(state));
        }

        var call = Call("workflows.set_state", requestOptions);
        return SendForWorkflowAsync(Rest<IWorkflowLifecycleApi>().SetStateAsync(workflowId, state, call, cancellationToken), workflowId, cancellationToken);
    }

    /// <summary>Deploys a workflow's current draft (<c>POST /v1/workflows/{id}/deploy</c>, scope <c>workflows:write</c>; sent without a body).</summary>
    /// <param name="workflowId">The workflow id.</param>
    /// <param name="requestOptions">Per-call settings (API key, idempotency key, timeout).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What the server answered, as a <see cref="Workflow"/> (<see cref="Workflow.Id"/> filled in; an empty answer gives just that).</returns>
    public virtual Task<Workflow> DeployAsync(string workflowId, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(workflowId);
        var call = Call("workflows.deploy", requestOptions);
        return SendForWorkflowAsync(Rest<IWorkflowLifecycleApi>().DeployAsync(workflowId, call, cancellationToken), workflowId, cancellationToken);
    }

    /// <summary>Deletes a workflow (<c>DELETE /v1/workflows/{id}</c>, scope <c>workflows:write</c>).</summary>
    /// <param name="workflowId">The workflow id.</param>
    /// <param name="requestOptions">Per-call settings (API key, idempotency key, timeout).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The HTTP facts of the response (its body is not documented).</returns>
    public virtual Task<BelticResponse> DeleteAsync(string workflowId, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(workflowId);
        var call = Call("workflows.delete", requestOptions);
        return SendAsync(Rest<IWorkflowsApi>().DeleteAsync(workflowId, call, cancellationToken), cancellationToken);
    }

    /// <summary>A continuation token for a list that has none is a caller's mistake, not a request to repeat the list.</summary>
    private static void RejectContinuationToken(string? continuationToken)
    {
        if (continuationToken is not null)
        {
            throw new ArgumentException("This Workflows list is not paged and has no continuation tokens.", nameof(continuationToken));
        }
    }

    // Answers that are not documented and may be empty or not an object: keep whatever came, never fail on its shape.
    private async Task<Workflow> SendForWorkflowAsync(Task<IApiResponse<string>> send, string workflowId, CancellationToken cancellationToken)
    {
        var (body, response) = await SendForTextAsync(send, cancellationToken).ConfigureAwait(false);
        var workflow = ReadWorkflow(body, workflowId);
        return workflow with { Id = workflow.Id ?? workflowId, RawResponse = response };
    }

    private static Workflow ReadWorkflow(string body, string workflowId)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return new Workflow { Id = workflowId };
        }

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(body);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return new Workflow { Id = workflowId, AdditionalProperties = new Dictionary<string, JsonElement> { ["body"] = JsonValues.String(body) } };
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return new Workflow { Id = workflowId, AdditionalProperties = new Dictionary<string, JsonElement> { ["body"] = root } };
        }

        try
        {
            return root.Deserialize(WorkflowsJsonContext.Default.Workflow) ?? new Workflow { Id = workflowId };
        }
        catch (JsonException ex)
        {
            throw new BelticException($"The Beltic API's workflow answer could not be read: {ex.Message}", ex);
        }
    }
}
