using System.Text.Json.Serialization;

namespace Beltic.Audit;

/// <summary>
/// The wire shape of <c>GET /v1/audit/streams</c>, which is undocumented: a bare array, or an object holding the array
/// in <c>streams</c>, <c>items</c> or <c>data</c> (with an optional <c>next_cursor</c>/<c>has_more</c>, top level or in
/// <c>pagination</c>). <see cref="AuditStreamListResponseConverter"/> reads every form.
/// </summary>
[JsonConverter(typeof(AuditStreamListResponseConverter))]
internal sealed record AuditStreamListResponse : BelticObject
{
    public IReadOnlyList<AuditStream> Streams { get; init; } = [];

    public string? NextCursor { get; init; }

    public bool? HasMore { get; init; }

    public BelticPage<AuditStream> ToPage()
    {
        var cursor = string.IsNullOrEmpty(NextCursor) ? null : NextCursor;
        var more = HasMore ?? cursor is not null;
        return new()
        {
            Items = Streams,
            HasMore = more,
            ContinuationToken = more ? cursor : null,
            RawResponse = RawResponse,
        };
    }
}
