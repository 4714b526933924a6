namespace Beltic.Audit;

/// <summary>Where to start listing audit streams (<see cref="StreamsClient.ListAsync"/>). Auto-paging never mutates this object.</summary>
public sealed record AuditStreamListOptions
{
    /// <summary>
    /// Start after this cursor (a page's <see cref="BelticPage{T}.ContinuationToken"/>; sent as <c>cursor</c>). The
    /// stream list's paging is undocumented: today it is expected to come back whole, with no cursor.
    /// </summary>
    public string? Cursor { get; init; }
}
