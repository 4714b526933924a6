using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Beltic.Audit;
using Beltic.Credentials;
using Beltic.Testing;
using Beltic.Webhooks;
using Microsoft.Extensions.Time.Testing;

namespace Beltic.Sdk.Testing.Tests;

/// <summary>Audit streams: registered through the SDK, delivered in the background, signed so the SDK's receiver accepts them, retried.</summary>
public class AuditStreamTests
{
    [Fact]
    public async Task A_stream_gets_each_matching_event_signed_with_its_secret_and_the_SDK_receiver_accepts_it()
    {
        await using var sink = await WebhookSink.StartAsync();
        await using var fake = BelticFake.CreateInMemory(new BelticFakeOptions { DeliveryHandler = sink.CreateHandler() });
        using var beltic = fake.CreateClient();
        sink.AuditSecret = AuditStreamSecret.Generate();
        var stream = await beltic.Audit.Streams.CreateAsync(new AuditStreamCreateOptions(WebhookSink.AuditUrl, sink.AuditSecret)
        {
            EventFilter = [AuditEventType.CredentialIssued, AuditEventType.CredentialRevoked],
        });

        var credential = await beltic.Credentials.IssueAsync(CredentialFlowTests.Agent());
        await beltic.Credentials.VerifyAsync(credential.SignedPayload!);                       // filtered out
        await beltic.Credentials.RevokeAsync(credential.Id);
        var deliveries = await fake.WaitForDeliveriesAsync(2);
        var trail = await beltic.Audit.Events.ListAsync();

        Assert.StartsWith("stream_", stream.Id);
        Assert.Equal(WebhookSink.AuditUrl, stream.Url);
        Assert.True(stream.Active);
        Assert.NotNull(stream.CreatedAt);
        Assert.Empty(sink.Rejected);
        var received = sink.Verified.Cast<AuditStreamEvent>().OrderBy(e => e.Event.SeqNum).ToList();
        Assert.Equal([AuditEventType.CredentialIssued, AuditEventType.CredentialRevoked], received.Select(e => e.EventType));
        Assert.Equal([trail.Items[0].Id, trail.Items[2].Id], received.Select(e => e.Id));
        Assert.All(received, e => Assert.Equal(credential.Id, e.Event.CredentialId));
        Assert.All(deliveries, d =>
        {
            Assert.Equal(FakeDeliveryKind.AuditStream, d.Kind);
            Assert.Equal(stream.Id, d.TargetId);
            Assert.True(d.Succeeded);
            Assert.Equal([200], d.AttemptStatusCodes);
            Assert.StartsWith("sha256=", d.Header("Beltic-Signature"));
            Assert.Equal("application/json", d.Header("Content-Type"));
            // The delivery is the raw event, exactly as the list shows it.
            Assert.Equal(d.EventType, (string?)JsonNode.Parse(d.Body)!["event_type"]);
        });
        Assert.Equal(2, sink.Received);
    }

    [Fact]
    public async Task A_stream_without_a_filter_gets_every_event_and_a_deleted_stream_gets_none()
    {
        await using var sink = await WebhookSink.StartAsync();
        await using var fake = BelticFake.CreateInMemory(new BelticFakeOptions { DeliveryHandler = sink.CreateHandler() });
        using var beltic = fake.CreateClient();
        sink.AuditSecret = AuditStreamSecret.Generate();
        var stream = await beltic.Audit.Streams.CreateAsync(new AuditStreamCreateOptions(WebhookSink.AuditUrl, sink.AuditSecret));

        var credential = await beltic.Credentials.IssueAsync(CredentialFlowTests.Agent());
        await beltic.Audit.Events.RecordPresentationAsync(new AuditPresentationOptions(credential.Id, "stripe"));
        await fake.WaitForDeliveriesAsync(2);
        var listed = await beltic.Audit.Streams.ListAsync();
        await beltic.Audit.Streams.DeleteAsync(stream.Id);
        await beltic.Credentials.RevokeAsync(credential.Id);
        var again = await Assert.ThrowsAsync<BelticNotFoundException>(() => beltic.Audit.Streams.DeleteAsync(stream.Id));
        var after = await beltic.Audit.Streams.ListAsync();

        Assert.Equal(stream.Id, Assert.Single(listed.Items).Id);
        Assert.Null(listed.ContinuationToken);
        Assert.Empty(Assert.Single(listed.Items).EventFilter!);
        Assert.Equal(["credential.issued", "credential.presented"], sink.Verified.Select(e => e.Type).Order());
        Assert.Equal("not_found", again.ErrorCode);
        Assert.Empty(after.Items);
        Assert.Equal(2, fake.Deliveries.Count);   // the revocation came after the delete: nothing was sent
    }

    [Fact]
    public async Task A_receiver_answering_500_twice_is_retried_with_backoff_until_it_answers_200()
    {
        await using var sink = await WebhookSink.StartAsync();
        await using var fake = await BelticFake.StartAsync(new BelticFakeOptions { DeliveryHandler = sink.CreateHandler() });
        using var beltic = fake.CreateClient();
        sink.AuditSecret = AuditStreamSecret.Generate();
        await beltic.Audit.Streams.CreateAsync(new AuditStreamCreateOptions(WebhookSink.AuditUrl, sink.AuditSecret));
        sink.AnswerNext(500, 500);

        var clock = Stopwatch.StartNew();
        await beltic.Credentials.IssueAsync(CredentialFlowTests.Agent());
        var delivery = Assert.Single(await fake.WaitForDeliveriesAsync(1, TimeSpan.FromSeconds(15)));

        Assert.Equal([500, 500, 200], delivery.AttemptStatusCodes);
        Assert.True(delivery.Succeeded);
        Assert.Null(delivery.Error);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1.4), $"backoff 0.5 s + 1 s, took {clock.Elapsed}");
        Assert.Equal(3, sink.Received);
        Assert.IsType<AuditStreamEvent>(Assert.Single(sink.Verified));
    }

    [Fact]
    public async Task Retries_wait_on_the_fake_clock_connection_failures_count_and_five_failures_give_up()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        await using var sink = await WebhookSink.StartAsync();
        sink.Time = time;
        using var flaky = new WebhookFlakyHandler(sink.CreateHandler(), failures: 2);
        await using var fake = BelticFake.CreateInMemory(new BelticFakeOptions { TimeProvider = time, DeliveryHandler = flaky });
        using var beltic = fake.CreateClient();
        sink.AuditSecret = AuditStreamSecret.Generate();
        await beltic.Audit.Streams.CreateAsync(new AuditStreamCreateOptions(WebhookSink.AuditUrl, sink.AuditSecret));

        await beltic.Credentials.IssueAsync(CredentialFlowTests.Agent());
        await Task.Delay(200);
        var beforeTheClockMoves = fake.Deliveries.Count;
        var recovered = Assert.Single(await AdvanceUntilAsync(fake, time, 1));
        sink.AnswerNext(503, 503, 503, 503, 503);
        await beltic.Credentials.IssueAsync(CredentialFlowTests.Agent());
        var deliveries = await AdvanceUntilAsync(fake, time, 2);
        var gaveUp = deliveries[1];

        Assert.Equal(0, beforeTheClockMoves);
        Assert.Equal([0, 0, 200], recovered.AttemptStatusCodes);
        Assert.True(recovered.Succeeded);
        Assert.True(recovered.CompletedAt - recovered.StartedAt >= TimeSpan.FromSeconds(1.5));
        Assert.Equal([503, 503, 503, 503, 503], gaveUp.AttemptStatusCodes);
        Assert.False(gaveUp.Succeeded);
        Assert.Equal(503, gaveUp.StatusCode);
        Assert.Contains("503", gaveUp.Error);
        Assert.True(gaveUp.CompletedAt - gaveUp.StartedAt >= TimeSpan.FromSeconds(7.5));
        Assert.Single(sink.Verified);   // the retried delivery, signed at its own attempt's time, passed the 300 s tolerance
    }

    [Fact]
    public async Task Without_a_delivery_handler_deliveries_go_over_the_network()
    {
        await using var sink = await WebhookSink.StartAsync(network: true);
        await using var fake = await BelticFake.StartAsync();
        using var beltic = fake.CreateClient();
        sink.AuditSecret = AuditStreamSecret.Generate();
        await beltic.Audit.Streams.CreateAsync(new AuditStreamCreateOptions(new Uri(sink.Root, "audit"), sink.AuditSecret));

        await beltic.Credentials.IssueAsync(CredentialFlowTests.Agent());
        var delivery = Assert.Single(await fake.WaitForDeliveriesAsync(1));

        Assert.True(delivery.Succeeded, delivery.Error);
        Assert.Equal(AuditEventType.CredentialIssued, Assert.IsType<AuditStreamEvent>(Assert.Single(sink.Verified)).EventType);
    }

    [Theory]
    [InlineData("""{"url":"/relative","secret":"0123456789abcdef0123456789abcdef"}""", "url")]
    [InlineData("""{"url":"ftp://example.com/x","secret":"0123456789abcdef0123456789abcdef"}""", "url")]
    [InlineData("""{"url":"https://example.com/x","secret":"0123456789abcdef0123456789abcde"}""", "secret")]
    [InlineData("""{"url":"https://example.com/x"}""", "secret")]
    [InlineData("""{"url":"https://example.com/x","secret":"0123456789abcdef0123456789abcdef","event_filter":["credential.exploded"]}""", "event_filter")]
    public async Task Creating_a_stream_checks_url_secret_and_filter_with_422(string body, string field)
    {
        await using var fake = BelticFake.CreateInMemory();
        using var http = AuditEventTests.Raw(fake);

        using var response = await http.PostAsync("v1/audit/streams", new StringContent(body, Encoding.UTF8, "application/json"));
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!;

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(field, (string?)error["details"]!["fields"]![0]!["field"]);
        Assert.DoesNotContain("0123456789abcdef", error.ToJsonString());
    }

    // Moves the fake clock in small steps until the deliveries are over: a retry's timer exists only once the
    // previous attempt has failed, so one big jump could land before it is set.
    private static async Task<IReadOnlyList<FakeDelivery>> AdvanceUntilAsync(BelticFake fake, FakeTimeProvider time, int count)
    {
        var deadline = Stopwatch.StartNew();
        while (fake.Deliveries.Count < count)
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(15), $"only {fake.Deliveries.Count} of {count} deliveries finished");
            time.Advance(TimeSpan.FromMilliseconds(250));
            await Task.Delay(20);
        }

        return fake.Deliveries;
    }
}
