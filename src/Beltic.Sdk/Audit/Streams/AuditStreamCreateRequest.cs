namespace Beltic.Audit;

/// <summary>The body of <c>POST /v1/audit/streams</c>. A class, not a record, so no generated ToString prints the secret.</summary>
internal sealed class AuditStreamCreateRequest
{
    public required string Url { get; init; }

    public required string Secret { get; init; }

    public IReadOnlyList<AuditEventType>? EventFilter { get; init; }
}
