using Beltic.Identity;
using Beltic.Testing;
using Beltic.Webhooks;

namespace Beltic.Sdk.Testing.Tests;

/// <summary>Document webhooks fire by themselves as the Identity flow moves a document on, not only when a test emits them.</summary>
public class DocumentWebhookFlowTests
{
    [Fact]
    public async Task Uploading_and_verifying_an_id_document_delivers_submitted_then_processed_signed_events()
    {
        await using var sink = await WebhookSink.StartAsync();
        await using var fake = BelticFake.CreateInMemory(new BelticFakeOptions { DeliveryHandler = sink.CreateHandler() });
        using var beltic = fake.CreateClient();
        var created = await beltic.Webhooks.CreateAsync(new WebhookCreateOptions(WebhookSink.DocumentsUrl)
        {
            SubscribedStatuses = [DocumentStatus.Submitted, DocumentStatus.Processed],
        });
        sink.DocumentSecret = created.Secret;
        sink.DocumentToken = created.Webhook.Id;

        var document = await beltic.Identity.IdvDocuments.CreateAndUploadAsync(
            new IdvDocumentUploadOptions(IdentityTestFiles.Upload(IdentityTestFiles.Jpeg(4_000), "front.jpg", "image/jpeg"))
            {
                Back = IdentityTestFiles.Upload(IdentityTestFiles.Jpeg(3_000, seed: 9), "back.jpg", "image/jpeg"),
            });
        await beltic.Identity.Verifications.CreateAsync(VerificationCreateOptions.ForIdvDocument(document.Id));
        var deliveries = await fake.WaitForDeliveriesAsync(2);

        Assert.All(deliveries, d => Assert.True(d.Succeeded, d.Error));
        Assert.Empty(sink.Rejected);
        // Deliveries run side by side, as webhooks do: their arrival order is not promised, each carries its transition.
        var changes = sink.Verified.Cast<DocumentStatusChangedEvent>().ToDictionary(c => c.Status.Value);
        Assert.Equal(["processed", "submitted"], changes.Keys.Order(StringComparer.Ordinal));
        Assert.All(changes.Values, c => Assert.Equal(document.Id, c.ResourceId));
        Assert.Equal(DocumentStatus.Pending, changes["submitted"].PreviousStatus);
        Assert.Equal(DocumentStatus.Submitted, changes["processed"].PreviousStatus);
        Assert.All(changes.Values, c => Assert.Equal("document/idv", c.ResourceType));
    }
}
