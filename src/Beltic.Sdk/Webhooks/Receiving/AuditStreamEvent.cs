using Beltic.Audit;

namespace Beltic.Webhooks;

/// <summary>
/// A credential event delivered by an audit stream: one of the audit trail's event types or
/// <c>credential.batch_completed</c> (a batch job's counts are in <see cref="AuditEvent.AdditionalProperties"/>).
/// </summary>
public sealed record AuditStreamEvent : WebhookEvent
{
    /// <summary>The event, typed like the entries of <c>GET /v1/audit/events</c>.</summary>
    public required AuditEvent Event { get; init; }

    /// <summary>The event's type.</summary>
    public AuditEventType EventType => Event.EventType;
}
