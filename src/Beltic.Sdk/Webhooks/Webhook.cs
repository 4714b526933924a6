using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Beltic.Identity;
using Beltic.Serialization.JsonApi;

namespace Beltic.Webhooks;

/// <summary>
/// A webhook configuration (JSON:API <c>webhook_config</c>): where Beltic POSTs document status changes, and which
/// statuses. The signing secret itself is only in <see cref="CreatedWebhook.Secret"/>; later reads show its prefix.
/// </summary>
public sealed record Webhook : BelticResource, IJsonApiResource<Webhook>
{
    /// <summary>The kind of resource whose status changes are delivered (attribute <c>resource_type</c>, e.g. <c>document</c>).</summary>
    [JsonPropertyName("resource_type")]
    public WebhookResourceType? Resource { get; init; }

    /// <summary>Where deliveries are POSTed.</summary>
    public Uri? Url { get; init; }

    /// <summary>The statuses that trigger a delivery.</summary>
    public IReadOnlyList<DocumentStatus>? SubscribedStatuses { get; init; }

    /// <summary>The first characters of the signing secret, to tell secrets apart (never the secret).</summary>
    public string? SecretPrefix { get; init; }

    /// <summary>Whether deliveries are being made.</summary>
    public bool? IsActive { get; init; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When it last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    static string IJsonApiResource<Webhook>.ExpectedType => WebhookResources.WebhookConfig;

    static bool IJsonApiResource<Webhook>.Accepts(string type) => WebhookResources.IsWebhookConfig(type);

    static JsonTypeInfo<Webhook> IJsonApiResource<Webhook>.AttributesTypeInfo => WebhooksJsonContext.Default.Webhook;
}
