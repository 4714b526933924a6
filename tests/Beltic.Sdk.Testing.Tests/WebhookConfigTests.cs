using System.Net;
using System.Text.Json.Nodes;
using Beltic.Identity;
using Beltic.Testing;
using Beltic.Webhooks;
using Microsoft.Extensions.Time.Testing;

namespace Beltic.Sdk.Testing.Tests;

/// <summary>Document webhooks: JSON:API <c>webhook_config</c> management and signed document status deliveries.</summary>
public class WebhookConfigTests
{
    [Fact]
    public async Task A_document_status_delivery_passes_the_SDK_receiver_with_the_secret_from_creation_and_the_id_as_token()
    {
        await using var sink = await WebhookSink.StartAsync();
        await using var fake = BelticFake.CreateInMemory(new BelticFakeOptions { DeliveryHandler = sink.CreateHandler() });
        using var beltic = fake.CreateClient();
        var created = await beltic.Webhooks.CreateAsync(new WebhookCreateOptions(WebhookSink.DocumentsUrl)
        {
            SubscribedStatuses = [DocumentStatus.Processed, DocumentStatus.Failed],
        });
        sink.DocumentSecret = created.Secret;
        sink.DocumentToken = created.Webhook.Id;

        var processed = await fake.EmitDocumentStatusAsync("doc_123", "processed", previousStatus: "processing");
        var unsubscribed = await fake.EmitDocumentStatusAsync("doc_123", "processing");
        var read = await beltic.Webhooks.GetAsync(created.Webhook.Id);
        using var http = AuditEventTests.Raw(fake);
        var listed = await http.GetStringAsync("v1/webhooks");

        Assert.Equal(HttpStatusCode.Created, created.RawResponse!.StatusCode);
        Assert.Equal(64, created.Secret!.Length);
        Assert.Equal(WebhookResourceType.Document, created.Webhook.Resource);
        Assert.True(created.Webhook.IsActive);
        Assert.Equal(created.Secret[..8], read.SecretPrefix);
        Assert.DoesNotContain(created.Secret, listed);
        Assert.Contains(created.Secret[..8], listed);
        Assert.Empty(unsubscribed);
        var delivery = Assert.Single(processed);
        Assert.True(delivery.Succeeded, delivery.Error);
        Assert.Equal(FakeDeliveryKind.DocumentWebhook, delivery.Kind);
        Assert.Equal(created.Webhook.Id, delivery.Header("X-Webhook-Token"));
        Assert.Matches("^[0-9a-f]{64}$", delivery.Header("X-Webhook-Signature")!);
        Assert.Empty(sink.Rejected);
        var change = Assert.IsType<DocumentStatusChangedEvent>(Assert.Single(sink.Verified));
        Assert.Equal("doc_123", change.ResourceId);
        Assert.Equal("document", change.ResourceType);
        Assert.Equal(DocumentStatus.Processed, change.Status);
        Assert.Equal(DocumentStatus.Processing, change.PreviousStatus);
        Assert.Equal("document.status_changed", change.Type);
        Assert.StartsWith("evt_", change.Id);
    }

    [Fact]
    public async Task A_delivery_signed_with_another_secret_or_token_is_refused_by_the_receiver()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        await using var sink = await WebhookSink.StartAsync();
        await using var fake = BelticFake.CreateInMemory(new BelticFakeOptions { TimeProvider = time, DeliveryHandler = sink.CreateHandler() });
        using var beltic = fake.CreateClient();
        var created = await beltic.Webhooks.CreateAsync(new WebhookCreateOptions(WebhookSink.DocumentsUrl));
        sink.DocumentSecret = created.Secret;
        sink.DocumentToken = "someone-else";

        var emit = fake.EmitDocumentStatusAsync("doc_1", "failed");
        while (!emit.IsCompleted)
        {
            time.Advance(TimeSpan.FromMilliseconds(250));   // the retries wait on the fake's clock
            await Task.Delay(20);
        }

        var refused = Assert.Single(await emit);

        Assert.Equal(Enumerable.Repeat(WebhookSignatureFailure.TokenMismatch, 5), sink.Rejected);
        Assert.False(refused.Succeeded);
        Assert.Equal(5, refused.Attempts);   // 400 is retried like any non-2xx, as Beltic documents
    }

    [Fact]
    public async Task Webhooks_are_listed_with_JSON_API_paging_updated_and_deleted()
    {
        await using var sink = await WebhookSink.StartAsync();
        await using var fake = BelticFake.CreateInMemory(new BelticFakeOptions { DeliveryHandler = sink.CreateHandler() });
        using var beltic = fake.CreateClient();
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var created = await beltic.Webhooks.CreateAsync(new WebhookCreateOptions(new Uri($"https://hooks.example.com/{i}")));
            sink.DocumentSecret ??= created.Secret;
            ids.Add(created.Webhook.Id);
        }

        var first = await beltic.Webhooks.ListAsync(new WebhookListOptions { PageSize = 2 });
        var all = await beltic.Webhooks.ListAutoPagingAsync(new WebhookListOptions { PageSize = 2 }).ToListAsync();
        var paused = await beltic.Webhooks.UpdateAsync(ids[0], new WebhookUpdateOptions
        {
            IsActive = false, Url = WebhookSink.DocumentsUrl, SubscribedStatuses = [DocumentStatus.Submitted],
        });
        await beltic.Webhooks.DeleteAsync(ids[1]);
        await beltic.Webhooks.DeleteAsync(ids[2]);
        var whilePaused = await fake.EmitDocumentStatusAsync("doc_1", "submitted");
        await beltic.Webhooks.UpdateAsync(ids[0], new WebhookUpdateOptions { IsActive = true });
        var resumed = await fake.EmitDocumentStatusAsync("doc_1", "submitted");
        var gone = await Assert.ThrowsAsync<BelticNotFoundException>(() => beltic.Webhooks.GetAsync(ids[1]));
        var remaining = await beltic.Webhooks.ListAsync();

        Assert.Equal(ids[..2], first.Items.Select(w => w.Id));
        Assert.True(first.HasMore);
        Assert.Equal(3, first.Total);
        Assert.Equal(ids, all.Select(w => w.Id));
        Assert.False(paused.IsActive);
        Assert.Equal(WebhookSink.DocumentsUrl, paused.Url);
        Assert.Equal([DocumentStatus.Submitted], paused.SubscribedStatuses!);
        Assert.True(paused.UpdatedAt >= paused.CreatedAt);
        Assert.Empty(whilePaused);
        Assert.True(Assert.Single(resumed).Succeeded);
        Assert.Equal(WebhookSink.DocumentsUrl, resumed[0].Url);
        Assert.Equal("not_found", gone.ErrorCode);
        Assert.Equal(ids[0], Assert.Single(remaining.Items).Id);
    }

    [Fact]
    public async Task Resend_delivers_the_last_event_again_and_is_409_before_any_delivery_and_404_for_an_unknown_webhook()
    {
        await using var sink = await WebhookSink.StartAsync();
        await using var fake = BelticFake.CreateInMemory(new BelticFakeOptions { DeliveryHandler = sink.CreateHandler() });
        using var beltic = fake.CreateClient();
        var created = await beltic.Webhooks.CreateAsync(new WebhookCreateOptions(WebhookSink.DocumentsUrl));
        sink.DocumentSecret = created.Secret;

        var nothingYet = await Assert.ThrowsAsync<BelticConflictException>(() => beltic.Webhooks.ResendAsync(created.Webhook.Id));
        var unknown = await Assert.ThrowsAsync<BelticNotFoundException>(() => beltic.Webhooks.ResendAsync("3c90c3cc-0d44-4b50-8888-8dd25736052a"));
        var original = Assert.Single(await fake.EmitDocumentStatusAsync("doc_9", "failed"));
        var resend = await beltic.Webhooks.ResendAsync(created.Webhook.Id);
        var deliveries = await fake.WaitForDeliveriesAsync(2);

        Assert.Equal(HttpStatusCode.Accepted, resend.StatusCode);
        Assert.Equal("conflict", nothingYet.ErrorCode);
        Assert.Equal("not_found", unknown.ErrorCode);
        Assert.Equal(original.Body, deliveries[1].Body);   // the same event (same event_id): receivers can deduplicate
        Assert.True(deliveries[1].Succeeded);
        Assert.Equal(2, sink.Verified.Count);
        Assert.Single(sink.Verified.Select(e => e.Id).Distinct());
    }

    [Theory]
    [InlineData("""{"data":{"type":"webhook_config","attributes":{"url":"https://x.example/h","subscribed_statuses":["processed","done"]}}}""", 422, "/data/attributes/subscribed_statuses/1")]
    [InlineData("""{"data":{"type":"webhook_config","attributes":{"url":"https://x.example/h","subscribed_statuses":[]}}}""", 422, "/data/attributes/subscribed_statuses")]
    [InlineData("""{"data":{"type":"webhook_config","attributes":{"url":"not a url"}}}""", 422, "/data/attributes/url")]
    [InlineData("""{"data":{"type":"webhook_config","attributes":{"url":"https://x.example/h","resource_type":"screening"}}}""", 422, "/data/attributes/resource_type")]
    [InlineData("""{"data":{"type":"document","attributes":{"url":"https://x.example/h"}}}""", 409, "/data/type")]
    public async Task A_bad_webhook_config_is_refused_with_a_JSON_API_error_and_pointer(string body, int status, string pointer)
    {
        await using var fake = BelticFake.CreateInMemory();
        using var http = AuditEventTests.Raw(fake);

        using var response = await http.PostAsync("v1/webhooks", new StringContent(body, System.Text.Encoding.UTF8, "application/vnd.api+json"));
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!;

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(pointer, (string?)error["source"]!["pointer"]);
    }

    [Fact]
    public async Task An_unknown_status_through_the_SDK_is_a_validation_exception_naming_the_pointer()
    {
        await using var fake = BelticFake.CreateInMemory();
        using var beltic = fake.CreateClient();

        var invalid = await Assert.ThrowsAsync<BelticValidationException>(() => beltic.Webhooks.CreateAsync(
            new WebhookCreateOptions(WebhookSink.DocumentsUrl) { SubscribedStatuses = [DocumentStatus.Processed, new DocumentStatus("done")] }));

        Assert.Equal("/data/attributes/subscribed_statuses/1", Assert.Single(invalid.FieldErrors).Pointer);
    }

    [Fact]
    public async Task Webhook_routes_need_webhooks_read_or_write()
    {
        await using var fake = BelticFake.CreateInMemory();
        fake.AddApiKey("sk_staging_webhook_reader", "webhooks:read");
        using var reader = fake.CreateClient(o => o.ApiKey = "sk_staging_webhook_reader");

        var page = await reader.Webhooks.ListAsync();
        var create = await Assert.ThrowsAsync<BelticForbiddenException>(() => reader.Webhooks.CreateAsync(new WebhookCreateOptions(WebhookSink.DocumentsUrl)));
        var resend = await Assert.ThrowsAsync<BelticForbiddenException>(() => reader.Webhooks.ResendAsync("any"));

        Assert.Empty(page.Items);
        Assert.Equal("webhooks:write", create.MissingScope);
        Assert.Equal("webhooks:write", resend.MissingScope);
    }
}
