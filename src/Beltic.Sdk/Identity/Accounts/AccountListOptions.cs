namespace Beltic.Identity;

/// <summary>Paging for <see cref="AccountsClient.ListAsync(AccountListOptions?, RequestOptions?, CancellationToken)"/> (the API documents no account filters).</summary>
public sealed record AccountListOptions : ListOptions;
