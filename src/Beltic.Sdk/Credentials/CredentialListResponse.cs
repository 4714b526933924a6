namespace Beltic.Credentials;

/// <summary>The wire shape of <c>GET /v1/credentials</c>: <c>{ items, pagination }</c>.</summary>
internal sealed record CredentialListResponse : BelticObject
{
    public IReadOnlyList<Credential> Items { get; init; } = [];

    public CredentialPagination? Pagination { get; init; }

    public BelticPage<Credential> ToPage() => new()
    {
        Items = Items,
        HasMore = Pagination?.HasMore == true,
        ContinuationToken = Pagination?.HasMore == true ? Pagination.NextCursor : null,
        PreviousCursor = Pagination?.PrevCursor,
        Total = Pagination?.Total,
        RawResponse = RawResponse,
    };
}
