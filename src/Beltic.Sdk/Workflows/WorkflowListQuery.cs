using Refit;

namespace Beltic.Workflows;

/// <summary>The query of <c>GET /v1/workflows</c>, as one Refit <c>[Query]</c> object.</summary>
internal sealed class WorkflowListQuery
{
    /// <summary><c>true</c> or <c>false</c>: a string, because Refit would format a bool as <c>True</c>.</summary>
    [AliasAs("deployed")]
    public string? Deployed { get; init; }
}
