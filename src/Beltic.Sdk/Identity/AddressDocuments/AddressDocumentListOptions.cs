namespace Beltic.Identity;

/// <summary>Paging for <see cref="AddressDocumentsClient.ListAsync(AddressDocumentListOptions?, RequestOptions?, CancellationToken)"/> (no filters are documented).</summary>
public sealed record AddressDocumentListOptions : ListOptions;
