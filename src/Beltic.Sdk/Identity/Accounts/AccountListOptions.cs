namespace Beltic.Identity;

/// <summary>Paging for <see cref="AccountsClient.ListAsync"/> (the API documents no account filters).</summary>
public sealed record AccountListOptions : ListOptions;
