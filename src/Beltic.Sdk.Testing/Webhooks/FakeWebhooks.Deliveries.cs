using System.Text;
using System.Text.Json.Nodes;
using Beltic.Testing.Hosting;
using Beltic.Webhooks;
using Microsoft.AspNetCore.Http;

namespace Beltic.Testing.Webhooks;

/// <summary>
/// Document status deliveries. The body is a JSON:API document status event, the shape the SDK's
/// <c>DocumentStatusChangedEvent</c> reader takes first:
/// <c>{"data":{"type":"document","id":…,"attributes":{"status","previous_status","updated_at"}},"meta":{"event":"document.status_changed","event_id",…}}</c>.
/// Headers: <c>X-Webhook-Signature</c> = lowercase hex HMAC-SHA256(secret, body) from <see cref="WebhookSigner"/>, and
/// <c>X-Webhook-Token</c> = the webhook configuration's id, a value the receiver already knows from the create answer
/// (Beltic does not document the token; pass <c>created.Webhook.Id</c> as <c>expectedToken</c>).
/// </summary>
internal sealed partial class FakeWebhooks
{
    public const string StatusChangedEvent = "document.status_changed";

    /// <summary>
    /// Tells every active webhook subscribed to <paramref name="status"/> that a document reached it; returns at once
    /// with one task per delivery (each ends when its delivery is over). Other fake areas (Identity, Documents) call
    /// this when a document's status changes.
    /// </summary>
    /// <param name="resourceType">The document's JSON:API type: <c>document</c>, <c>document/idv</c>, <c>document/address</c>.</param>
    /// <param name="resourceId">The document's id.</param>
    /// <param name="status">The status reached: pending, submitted, processing, processed or failed.</param>
    /// <param name="previousStatus">The status before, when known.</param>
    internal IReadOnlyList<Task<FakeDelivery>> DocumentStatusChanged(string resourceType, string resourceId, string status, string? previousStatus = null)
    {
        var deliveries = new List<Task<FakeDelivery>>();
        foreach (var webhook in All)
        {
            DeliveryRequest request;
            lock (webhook)
            {
                if (!webhook.IsActive || !Watches(webhook, resourceType) || !webhook.SubscribedStatuses.Contains(status))
                {
                    continue;
                }

                request = Request(webhook, webhook.Url, Body(webhook, resourceType, resourceId, status, previousStatus));
                webhook.LastDelivery = request;
            }

            deliveries.Add(deliverer.Enqueue(request));
        }

        return deliveries;
    }

    private async Task ResendAsync(HttpContext context)
    {
        if (await FindAsync(context).ConfigureAwait(false) is not { } webhook)
        {
            return;
        }

        DeliveryRequest? request = null;
        string? conflict = null;
        lock (webhook)
        {
            if (webhook.LastDelivery is not { } last)
            {
                conflict = "This webhook has made no delivery yet; there is nothing to resend.";
            }
            else if (!webhook.IsActive)
            {
                conflict = "This webhook is paused (is_active false); resume it before resending.";
            }
            else
            {
                // The same event (same body and event id, so receivers can deduplicate) to the current URL, signed anew.
                request = Request(webhook, webhook.Url, last.Body);
            }
        }

        if (request is null)
        {
            await FakeHttp.JsonApiErrorAsync(context, 409, "conflict", conflict!, null).ConfigureAwait(false);
            return;
        }

        _ = deliverer.Enqueue(request);
        await FakeHttp.JsonAsync(context, 202, new JsonObject { ["meta"] = new JsonObject { ["resent"] = 1 } }, "application/vnd.api+json").ConfigureAwait(false);
    }

    // A "document" webhook watches every kind of document (document, document/idv, document/address).
    private static bool Watches(StoredWebhook webhook, string resourceType)
        => resourceType == webhook.ResourceType || resourceType.StartsWith(webhook.ResourceType + "/", StringComparison.Ordinal);

    private DeliveryRequest Request(StoredWebhook webhook, Uri url, byte[] body)
    {
        var secret = webhook.Secret;
        var token = webhook.Id;
        return new DeliveryRequest(FakeDeliveryKind.DocumentWebhook, webhook.Id, StatusChangedEvent, url, body,
            bytes => WebhookSigner.SignDocumentWebhook(bytes, secret, token), webhook.Deleted.Token);
    }

    private byte[] Body(StoredWebhook webhook, string resourceType, string resourceId, string status, string? previousStatus)
    {
        var now = FakeHttp.Iso(state.Now);
        var attributes = new JsonObject { ["status"] = status };
        if (previousStatus is not null)
        {
            attributes["previous_status"] = previousStatus;
        }

        attributes["updated_at"] = now;
        var document = new JsonObject
        {
            ["data"] = new JsonObject { ["type"] = resourceType, ["id"] = resourceId, ["attributes"] = attributes },
            ["meta"] = new JsonObject
            {
                ["event"] = StatusChangedEvent,
                ["event_id"] = state.NewId("evt"),
                ["webhook_config_id"] = webhook.Id,
                ["occurred_at"] = now,
            },
        };
        return Encoding.UTF8.GetBytes(document.ToJsonString());
    }
}
