namespace Beltic.Audit;

/// <summary>Filters and paging for <see cref="EventsClient.ListAsync"/>. Auto-paging never mutates this object.</summary>
public sealed record AuditEventListOptions
{
    /// <summary>Only events about this credential (<c>credential_id</c>).</summary>
    public string? CredentialId { get; init; }

    /// <summary>Only events of this type (<c>event_type</c>).</summary>
    public AuditEventType? EventType { get; init; }

    /// <summary>Only events with this outcome (<c>outcome</c>).</summary>
    public AuditOutcome? Outcome { get; init; }

    /// <summary>Only events at or after this instant (<c>from</c>, sent as UTC ISO 8601).</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Only events at or before this instant (<c>to</c>, sent as UTC ISO 8601).</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>Only events that do (true) or do not (false) need a person to look at them (<c>intervention_required</c>).</summary>
    public bool? InterventionRequired { get; init; }

    /// <summary>Page size, 1–100 (server default 20).</summary>
    public int? Limit { get; init; }

    /// <summary>Start after this cursor (a page's <see cref="BelticPage{T}.ContinuationToken"/>).</summary>
    public string? Cursor { get; init; }
}
