namespace Beltic.Audit;

/// <summary>The wire shape of <c>GET /v1/audit/events</c>: <c>{ events, next_cursor }</c>.</summary>
internal sealed record AuditEventListResponse : BelticObject
{
    public IReadOnlyList<AuditEvent> Events { get; init; } = [];

    public string? NextCursor { get; init; }

    // The list has no has_more flag: a cursor is the only sign that another page follows.
    public BelticPage<AuditEvent> ToPage() => new()
    {
        Items = Events,
        HasMore = !string.IsNullOrEmpty(NextCursor),
        ContinuationToken = string.IsNullOrEmpty(NextCursor) ? null : NextCursor,
        RawResponse = RawResponse,
    };
}
