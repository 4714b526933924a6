using System.Text.Json.Serialization;

namespace Beltic.Credentials;

/// <summary>One page of <c>GET /v1/credentials</c>.</summary>
public sealed record CredentialPage : BelticObject
{
    /// <summary>The credentials on this page.</summary>
    public IReadOnlyList<Credential> Items { get; init; } = [];

    /// <summary>Paging cursors and counts.</summary>
    public CredentialPagination? Pagination { get; init; }

    /// <summary>Whether another page follows.</summary>
    [JsonIgnore]
    public bool HasMore => Pagination?.HasMore == true && !string.IsNullOrEmpty(Pagination.NextCursor);

    /// <summary>The cursor of the next page, if any.</summary>
    [JsonIgnore]
    public string? NextCursor => Pagination?.NextCursor;
}
