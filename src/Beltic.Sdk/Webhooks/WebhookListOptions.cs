namespace Beltic.Webhooks;

/// <summary>Paging for <see cref="WebhooksClient.ListAsync"/> (no filters are documented).</summary>
public sealed record WebhookListOptions : ListOptions;
