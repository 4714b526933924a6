namespace Beltic.Webhooks;

/// <summary>The Webhooks area's JSON:API <c>type</c> strings.</summary>
internal static class WebhookResources
{
    /// <summary>The type sent in requests and documented for responses.</summary>
    public const string WebhookConfig = "webhook_config";

    // The API spells other types with a hyphen (document-template); read that spelling too rather than fail on it.
    public static bool IsWebhookConfig(string type) => type is WebhookConfig or "webhook-config";
}
