using Beltic.Audit;
using Beltic.Webhooks;

namespace Beltic.Sdk.Tests.Webhooks;

/// <summary>Application code that takes a BelticClient can be tested without HTTP: every member is virtual.</summary>
public class MockingTests
{
    private sealed class FakeEvents : EventsClient
    {
        public override Task<AuditRecordResult> RecordPresentationAsync(AuditPresentationOptions options, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
            => Task.FromResult(new AuditRecordResult { Recorded = options.ExternalVerifierId == "stripe" });

        public override BelticPageable<AuditEvent> ListAutoPagingAsync(AuditEventListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
            => BelticPageable<AuditEvent>.FromPages([new BelticPage<AuditEvent> { Items = [new AuditEvent { Id = "evt_1" }] }, new BelticPage<AuditEvent> { Items = [new AuditEvent { Id = "evt_2" }] }]);
    }

    private sealed class FakeAudit : AuditClient
    {
        public override EventsClient Events { get; } = new FakeEvents();
    }

    private sealed class FakeWebhooks : WebhooksClient
    {
        public override Task<BelticResponse> ResendAsync(string webhookId, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
            => Task.FromResult(new BelticResponse(System.Net.HttpStatusCode.Accepted, new Dictionary<string, IReadOnlyList<string>>(), null));
    }

    private sealed class FakeBeltic : BelticClient
    {
        public override AuditClient Audit { get; } = new FakeAudit();

        public override WebhooksClient Webhooks { get; } = new FakeWebhooks();
    }

    [Fact]
    public async Task Audit_and_webhook_clients_can_be_replaced_by_fakes()
    {
        BelticClient beltic = new FakeBeltic();

        var recorded = await beltic.Audit.Events.RecordPresentationAsync(new AuditPresentationOptions("cred_1", "stripe"));
        var ids = new List<string>();
        await foreach (var e in beltic.Audit.Events.ListAutoPagingAsync())
        {
            ids.Add(e.Id);
        }

        var resent = await beltic.Webhooks.ResendAsync("wh_1");

        Assert.True(recorded.Recorded);
        Assert.Equal(["evt_1", "evt_2"], ids);
        Assert.Equal(202, (int)resent.StatusCode);
        Assert.Throws<InvalidOperationException>(() => new FakeAudit().Streams);
    }
}
