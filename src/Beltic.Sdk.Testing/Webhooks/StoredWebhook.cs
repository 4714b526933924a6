using System.Text.Json.Nodes;
using Beltic.Testing.Hosting;

namespace Beltic.Testing.Webhooks;

/// <summary>
/// A webhook configuration the fake holds (JSON:API <c>webhook_config</c>). Mutable members change under a lock on the
/// instance; the secret never changes (rotate by creating another webhook, as with Beltic).
/// </summary>
internal sealed class StoredWebhook
{
    /// <summary>How many characters of the secret <c>secret_prefix</c> shows.</summary>
    public const int PrefixLength = 8;

    public required string Id { get; init; }

    public required string ResourceType { get; init; }

    public required string Secret { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required Uri Url { get; set; }

    public required IReadOnlyList<string> SubscribedStatuses { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The last delivery made (what resend sends again), or null before the first.</summary>
    public DeliveryRequest? LastDelivery { get; set; }

    /// <summary>Cancelled when the webhook is deleted: retries in flight stop.</summary>
    public CancellationTokenSource Deleted { get; } = new();

    /// <summary>The JSON:API resource; the secret itself only when <paramref name="withSecret"/> (the create answer).</summary>
    public JsonObject ToJson(FakeState state, bool withSecret = false)
    {
        JsonObject attributes;
        lock (this)
        {
            attributes = new JsonObject
            {
                ["resource_type"] = ResourceType,
                ["url"] = Url.AbsoluteUri,
                ["subscribed_statuses"] = new JsonArray(SubscribedStatuses.Select(s => (JsonNode)JsonValue.Create(s)).ToArray()),
                ["secret_prefix"] = Secret[..PrefixLength],
                ["is_active"] = IsActive,
                ["created_at"] = FakeHttp.Iso(CreatedAt),
                ["updated_at"] = FakeHttp.Iso(UpdatedAt),
            };
        }

        if (withSecret)
        {
            attributes["secret"] = Secret;
        }

        return new JsonObject
        {
            ["type"] = FakeWebhooks.ResourceTypeName,
            ["id"] = Id,
            ["attributes"] = attributes,
            ["links"] = new JsonObject { ["self"] = state.Url("/v1/webhooks/" + Id).AbsoluteUri },
        };
    }
}
