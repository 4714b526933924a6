namespace Beltic.Identity;

/// <summary>Paging for <see cref="DocumentsClient.ListAsync(DocumentListOptions?, RequestOptions?, CancellationToken)"/> (no filters are documented).</summary>
public sealed record DocumentListOptions : ListOptions;
