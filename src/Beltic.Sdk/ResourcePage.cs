namespace Beltic;

/// <summary>One page of a resource list, with what is needed to fetch the next one.</summary>
/// <typeparam name="T">The resource model.</typeparam>
public sealed record ResourcePage<T> : BelticObject where T : BelticResource
{
    /// <summary>The resources on this page, in server order.</summary>
    public IReadOnlyList<T> Items { get; init; } = [];

    /// <summary>Whether another page follows (read from <c>meta.page</c> / <c>meta.page_info</c>, or from <c>links.next</c>).</summary>
    public bool HasNextPage { get; init; }

    /// <summary>Whether a page precedes this one.</summary>
    public bool HasPreviousPage { get; init; }

    /// <summary>The cursor to pass as <see cref="ListOptions.After"/> for the next page; null on the last page.</summary>
    public string? NextCursor { get; init; }

    /// <summary>The cursor to pass as <see cref="ListOptions.Before"/> for the previous page.</summary>
    public string? PreviousCursor { get; init; }

    /// <summary>The total number of matching resources, when the server counted them (<see cref="ListOptions.IncludeTotal"/>).</summary>
    public long? Total { get; init; }

    /// <summary>Resources the server included with the page.</summary>
    public IncludedResources Included { get; init; } = IncludedResources.Empty;
}
