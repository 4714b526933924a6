namespace Beltic.Identity;

/// <summary>Paging for <see cref="AddressDocumentsClient.ListAsync"/> (no filters are documented).</summary>
public sealed record AddressDocumentListOptions : ListOptions;
