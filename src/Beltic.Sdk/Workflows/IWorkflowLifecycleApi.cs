using System.Text.Json;
using Beltic.Http;
using Refit;

namespace Beltic.Workflows;

/// <summary>
/// A workflow's graph and deployment: save the state, deploy it (internal). Their answers are not documented and may
/// be empty, so they are read as text.
/// </summary>
internal interface IWorkflowLifecycleApi
{
    [Put("/workflows/{id}/state")]
    Task<IApiResponse<string>> SetStateAsync(string id, [Body] JsonElement state, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);

    [Post("/workflows/{id}/deploy")]
    Task<IApiResponse<string>> DeployAsync(string id, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);
}
