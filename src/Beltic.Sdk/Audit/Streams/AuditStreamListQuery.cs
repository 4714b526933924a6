using Refit;

namespace Beltic.Audit;

/// <summary>The query of <c>GET /v1/audit/streams</c>, as one Refit <c>[Query]</c> object.</summary>
internal sealed class AuditStreamListQuery
{
    [AliasAs("cursor")]
    public string? Cursor { get; init; }
}
