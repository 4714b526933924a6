using Refit;

namespace Beltic.Serialization.JsonApi;

/// <summary>The JSON:API page parameters of every list call, as one Refit <c>[Query]</c> object.</summary>
internal sealed class JsonApiPageQuery
{
    [AliasAs("page[size]")]
    public int? Size { get; init; }

    [AliasAs("page[after]")]
    public string? After { get; init; }

    [AliasAs("page[before]")]
    public string? Before { get; init; }

    [AliasAs("page[total]")]
    public string? Total { get; init; }
}
