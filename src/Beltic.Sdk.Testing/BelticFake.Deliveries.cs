using Beltic.Testing.Audit;
using Beltic.Testing.Webhooks;

namespace Beltic.Testing;

/// <summary>The audit trail, audit streams and document webhooks: what the fake delivered, and how to make it deliver.</summary>
public sealed partial class BelticFake
{
    private static readonly TimeSpan DefaultDeliveryWait = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Every audit-stream and document-webhook delivery that is over (delivered, or given up after five attempts), in
    /// the order they finished. Deliveries run in the background; use <see cref="WaitForDeliveriesAsync"/> to wait.
    /// </summary>
    public IReadOnlyList<FakeDelivery> Deliveries => Deliverer.Completed;

    // Built on first use, which is the constructor's walk over Areas(), so all three exist before the first request.
    private FakeDeliverer Deliverer => field ??= new FakeDeliverer(_state);

    private FakeAudit AuditArea => field ??= new FakeAudit(_state, Deliverer, AttestationTypeOf);

    private FakeWebhooks WebhooksArea => field ??= Subscribed(new FakeWebhooks(_state, Deliverer));

    /// <summary>
    /// Waits until at least <paramref name="count"/> deliveries are over (counting those already in
    /// <see cref="Deliveries"/>). The wait is in real time; retries wait on the fake's clock (0.5, 1, 2, 4 s), so with a
    /// <c>FakeTimeProvider</c> advance it while a failing endpoint is being retried.
    /// </summary>
    /// <param name="count">How many finished deliveries to wait for (1 or more).</param>
    /// <param name="timeout">How long to wait; default 10 s.</param>
    /// <returns>All finished deliveries, at least <paramref name="count"/>.</returns>
    /// <exception cref="TimeoutException">Fewer were over in time; the message lists those that were.</exception>
    public Task<IReadOnlyList<FakeDelivery>> WaitForDeliveriesAsync(int count, TimeSpan? timeout = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return Deliverer.WaitAsync(count, timeout ?? DefaultDeliveryWait);
    }

    /// <summary>
    /// Says a document reached a status: every active webhook subscribed to it gets a signed JSON:API document status
    /// event (<c>X-Webhook-Signature</c> = hex HMAC-SHA256 of the body with the webhook's secret; <c>X-Webhook-Token</c>
    /// = the webhook's id, so pass <c>created.Webhook.Id</c> as <c>expectedToken</c> to <c>WebhookReceiver</c>).
    /// </summary>
    /// <param name="documentId">The document's id (<c>data.id</c> of the event).</param>
    /// <param name="status">The status reached: <c>pending</c>, <c>submitted</c>, <c>processing</c>, <c>processed</c> or <c>failed</c>.</param>
    /// <param name="previousStatus">The status before (<c>data.attributes.previous_status</c>), or null.</param>
    /// <returns>The deliveries it caused, once each is over (none when no webhook is subscribed).</returns>
    /// <exception cref="ArgumentException">The status is not one of the five.</exception>
    public async Task<IReadOnlyList<FakeDelivery>> EmitDocumentStatusAsync(string documentId, string status, string? previousStatus = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentId);
        CheckStatus(status, nameof(status));
        if (previousStatus is not null)
        {
            CheckStatus(previousStatus, nameof(previousStatus));
        }

        return await Task.WhenAll(WebhooksArea.DocumentStatusChanged("document", documentId, status, previousStatus)).ConfigureAwait(false);
    }

    private static void CheckStatus(string value, string name)
    {
        if (!WebhookChanges.KnownStatuses.Contains(value))
        {
            throw new ArgumentException($"'{value}' is not a document status; use {string.Join(", ", WebhookChanges.KnownStatuses)}.", name);
        }
    }

    // Every document status change in the Identity and Documents areas reaches the subscribed webhooks by itself.
    private FakeWebhooks Subscribed(FakeWebhooks webhooks)
    {
        _state.DocumentStatusChanged += (type, id, status, previous) => webhooks.DocumentStatusChanged(type, id, status, previous);
        return webhooks;
    }

    private string? AttestationTypeOf(string credentialId) => _credentials.All.FirstOrDefault(c => c.Id == credentialId)?.AttestationType;
}
