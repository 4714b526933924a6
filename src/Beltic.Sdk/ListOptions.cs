namespace Beltic;

/// <summary>
/// Paging for resource lists (<c>page[size]</c>, <c>page[after]</c>, <c>page[before]</c>, <c>page[total]</c>). The
/// area-specific options records derive from this one and add filters. Auto-paging copies it and never mutates it.
/// </summary>
public record ListOptions
{
    /// <summary>Resources per page, 1–100 (server default 15).</summary>
    public int? PageSize { get; init; }

    /// <summary>Start after this cursor (a page's <see cref="ResourcePage{T}.NextCursor"/>).</summary>
    public string? After { get; init; }

    /// <summary>End before this cursor (a page's <see cref="ResourcePage{T}.PreviousCursor"/>).</summary>
    public string? Before { get; init; }

    /// <summary>Ask the server to count all matches into <see cref="ResourcePage{T}.Total"/> (<c>page[total]=true</c>).</summary>
    public bool? IncludeTotal { get; init; }

    internal void Validate()
    {
        Http.Argument.InRange(PageSize, 1, 100, "options.PageSize");
        if (After is not null && Before is not null)
        {
            throw new ArgumentException("ListOptions.After and ListOptions.Before cannot both be set.", "options");
        }
    }

    /// <summary>A copy (of the derived type) positioned at other cursors.</summary>
    internal ListOptions With(string? after, string? before) => this with { After = after, Before = before };

    internal string? TotalQuery => BoolQuery(IncludeTotal);

    /// <summary>A boolean as a query value (<c>true</c>/<c>false</c>, not .NET's <c>True</c>); null leaves the parameter out.</summary>
    internal static string? BoolQuery(bool? value) => value switch { true => "true", false => "false", null => null };
}
