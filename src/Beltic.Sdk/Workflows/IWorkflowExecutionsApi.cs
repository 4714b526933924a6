using Beltic.Http;
using Refit;

namespace Beltic.Workflows;

/// <summary>Workflow executions: run one, list them, read one's status (internal; the public API is <see cref="WorkflowsClient"/>).</summary>
internal interface IWorkflowExecutionsApi
{
    [Post("/workflows/execute")]
    Task<IApiResponse<WorkflowExecution>> ExecuteAsync([Body] WorkflowExecuteRequest body, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);

    [Get("/workflows/executions")]
    Task<IApiResponse<WorkflowExecutionListWire>> ListAsync([Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);

    [Get("/workflows/{workflowId}/executions")]
    Task<IApiResponse<WorkflowExecutionListWire>> ListForWorkflowAsync(string workflowId, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);

    [Get("/workflows/status/{executionId}")]
    Task<IApiResponse<WorkflowExecution>> GetStatusAsync(string executionId, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);
}
