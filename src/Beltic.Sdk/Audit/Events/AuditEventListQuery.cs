using Refit;

namespace Beltic.Audit;

/// <summary>The query of <c>GET /v1/audit/events</c>, as one Refit <c>[Query]</c> object (values already formatted).</summary>
internal sealed class AuditEventListQuery
{
    [AliasAs("credential_id")]
    public string? CredentialId { get; init; }

    [AliasAs("event_type")]
    public string? EventType { get; init; }

    [AliasAs("outcome")]
    public string? Outcome { get; init; }

    [AliasAs("from")]
    public string? From { get; init; }

    [AliasAs("to")]
    public string? To { get; init; }

    [AliasAs("intervention_required")]
    public string? InterventionRequired { get; init; }

    [AliasAs("limit")]
    public int? Limit { get; init; }

    [AliasAs("cursor")]
    public string? Cursor { get; init; }
}
