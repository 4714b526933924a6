using Beltic.Http;
using Refit;

namespace Beltic.Workflows;

/// <summary>The workflow resource: list, read, create, change and delete (internal; the public API is <see cref="WorkflowsClient"/>).</summary>
internal interface IWorkflowsApi
{
    [Get("/workflows")]
    Task<IApiResponse<WorkflowListWire>> ListAsync([Query] WorkflowListQuery query, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);

    [Get("/workflows/{id}")]
    Task<IApiResponse<Workflow>> GetAsync(string id, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);

    [Post("/workflows")]
    Task<IApiResponse<Workflow>> CreateAsync([Body] WorkflowWriteRequest body, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);

    [Patch("/workflows/{id}")]
    Task<IApiResponse<Workflow>> UpdateAsync(string id, [Body] WorkflowWriteRequest body, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);

    [Delete("/workflows/{id}")]
    Task<IApiResponse> DeleteAsync(string id, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);
}
