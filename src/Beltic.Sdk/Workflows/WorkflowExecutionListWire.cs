using System.Text.Json.Serialization;

namespace Beltic.Workflows;

/// <summary>
/// The answer of the execution lists (<c>GET /v1/workflows/executions</c>, <c>GET /v1/workflows/{id}/executions</c>),
/// whose shape is not documented: a bare array, or one wrapped as <c>executions</c>, <c>items</c> or <c>data</c>.
/// </summary>
[JsonConverter(typeof(WorkflowExecutionListWireConverter))]
internal sealed record WorkflowExecutionListWire(IReadOnlyList<WorkflowExecution> Items, long? Total) : BelticObject
{
    /// <summary>One page with no continuation token: no paging parameters are documented.</summary>
    public BelticPage<WorkflowExecution> ToPage(string? workflowId) => new()
    {
        // Items of a per-workflow list belong to that workflow even when they do not say so.
        Items = workflowId is null ? Items : Items.Select(e => e.WorkflowId is null ? e with { WorkflowId = workflowId } : e).ToArray(),
        Total = Total,
        RawResponse = RawResponse,
    };
}

/// <summary>Reads <see cref="WorkflowExecutionListWire"/>.</summary>
internal sealed class WorkflowExecutionListWireConverter : ArrayOrWrappedListConverter<WorkflowExecutionListWire, WorkflowExecution>
{
    private static readonly string[] Names = ["executions", "items", "data"];

    protected override IReadOnlyList<string> WrapperNames => Names;

    protected override WorkflowExecutionListWire Create(IReadOnlyList<WorkflowExecution> items, long? total) => new(items, total);
}
