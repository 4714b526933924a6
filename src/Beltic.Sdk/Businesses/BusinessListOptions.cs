namespace Beltic.Businesses;

/// <summary>Paging for <see cref="BusinessesClient.ListAsync(BusinessListOptions?, RequestOptions?, CancellationToken)"/> (the API documents no business filters).</summary>
public sealed record BusinessListOptions : ListOptions;
