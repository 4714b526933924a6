namespace Beltic;

/// <summary>
/// One page of any list the SDK returns, whatever the wire shape behind it (flat cursor, JSON:API meta and links, a
/// bare array): the items, the token that resumes at the next page, and the HTTP response it came from.
/// </summary>
/// <typeparam name="T">The item model.</typeparam>
public sealed record BelticPage<T> : BelticObject
{
    /// <summary>The items on this page, in server order.</summary>
    public IReadOnlyList<T> Items { get; init; } = [];

    /// <summary>
    /// Resumes at the next page: pass it to <see cref="BelticPageable{T}.AsPages"/>, or as the list options' cursor
    /// (<c>Cursor</c> / <c>After</c>). Null on the last page.
    /// </summary>
    public string? ContinuationToken { get; init; }

    /// <summary>Whether the server said another page follows.</summary>
    public bool HasMore { get; init; }

    /// <summary>The cursor of the page before this one (JSON:API lists: pass it as <c>Before</c>), when the server gave one.</summary>
    public string? PreviousCursor { get; init; }

    /// <summary>The total number of matching items, when the server counted them.</summary>
    public long? Total { get; init; }

    /// <summary>Resources the server included with the page (JSON:API lists; empty otherwise).</summary>
    public IncludedResources Included { get; init; } = IncludedResources.Empty;
}
