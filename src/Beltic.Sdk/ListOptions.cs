using Beltic.Serialization.JsonApi;

namespace Beltic;

/// <summary>
/// Paging for resource lists (<c>page[size]</c>, <c>page[after]</c>, <c>page[before]</c>, <c>page[total]</c>). The
/// area-specific options records derive from this one and add filters. Auto-paging copies it and never mutates it.
/// </summary>
public record ListOptions
{
    /// <summary>Resources per page, 1–100 (server default 15).</summary>
    public int? PageSize { get; init; }

    /// <summary>Start after this cursor (a page's <see cref="BelticPage{T}.ContinuationToken"/>).</summary>
    public string? After { get; init; }

    /// <summary>End before this cursor (a page's <see cref="BelticPage{T}.PreviousCursor"/>).</summary>
    public string? Before { get; init; }

    /// <summary>Ask the server to count all matches into <see cref="BelticPage{T}.Total"/> (<c>page[total]=true</c>).</summary>
    public bool? IncludeTotal { get; init; }

    /// <summary>Checks the paging values before anything is sent.</summary>
    internal void Validate()
    {
        Http.Argument.InRange(PageSize, 1, 100, "options.PageSize");
        if (After is not null && Before is not null)
        {
            throw new ArgumentException("ListOptions.After and ListOptions.Before cannot both be set.", "options");
        }
    }

    /// <summary>The page parameters: as set here, or — resuming at <paramref name="continuationToken"/> — after it.</summary>
    internal JsonApiPageQuery PageQuery(string? continuationToken) => new()
    {
        Size = PageSize,
        After = continuationToken ?? After,
        Before = continuationToken is null ? Before : null,
        Total = BoolQuery(IncludeTotal),
    };

    /// <summary>A boolean as a query value (<c>true</c>/<c>false</c>, not .NET's <c>True</c>); null leaves the parameter out.</summary>
    internal static string? BoolQuery(bool? value) => value switch { true => "true", false => "false", null => null };
}
