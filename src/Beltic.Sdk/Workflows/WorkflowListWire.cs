using System.Text.Json.Serialization;

namespace Beltic.Workflows;

/// <summary>The answer of <c>GET /v1/workflows</c>: a bare array (also accepted wrapped as <c>workflows</c>, <c>items</c> or <c>data</c>).</summary>
[JsonConverter(typeof(WorkflowListWireConverter))]
internal sealed record WorkflowListWire(IReadOnlyList<Workflow> Items, long? Total) : BelticObject
{
    /// <summary>One page with no continuation token: the list is not paged.</summary>
    public BelticPage<Workflow> ToPage() => new() { Items = Items, Total = Total, RawResponse = RawResponse };
}

/// <summary>Reads <see cref="WorkflowListWire"/>.</summary>
internal sealed class WorkflowListWireConverter : ArrayOrWrappedListConverter<WorkflowListWire, Workflow>
{
    private static readonly string[] Names = ["workflows", "items", "data"];

    protected override IReadOnlyList<string> WrapperNames => Names;

    protected override WorkflowListWire Create(IReadOnlyList<Workflow> items, long? total) => new(items, total);
}
