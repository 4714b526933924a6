namespace Beltic.Workflows;

/// <summary>Which executions <see cref="WorkflowsClient.ListExecutionsAsync"/> lists.</summary>
public sealed record WorkflowExecutionListOptions
{
    /// <summary>
    /// Only this workflow's executions (<c>GET /v1/workflows/{id}/executions</c>); null lists the executions of every
    /// workflow (<c>GET /v1/workflows/executions</c>).
    /// </summary>
    public string? WorkflowId { get; init; }
}
