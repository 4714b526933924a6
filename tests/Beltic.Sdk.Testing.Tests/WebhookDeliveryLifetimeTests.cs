using Beltic.Testing;
using Beltic.Webhooks;
using Microsoft.Extensions.Time.Testing;

namespace Beltic.Sdk.Testing.Tests;

/// <summary>Retries end when their target is deleted or the fake stops, and are then recorded as failed.</summary>
public class WebhookDeliveryLifetimeTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Deleting_a_webhook_stops_its_retries()
    {
        var time = new FakeTimeProvider(Start);
        await using var sink = await WebhookSink.StartAsync();
        await using var fake = BelticFake.CreateInMemory(new BelticFakeOptions { TimeProvider = time, DeliveryHandler = sink.CreateHandler() });
        using var beltic = fake.CreateClient();
        var created = await beltic.Webhooks.CreateAsync(new WebhookCreateOptions(WebhookSink.DocumentsUrl));
        sink.AnswerNext(500, 500, 500, 500, 500);

        var emit = fake.EmitDocumentStatusAsync("doc_1", "processed");
        await WaitUntilAsync(() => sink.Received == 1);
        await beltic.Webhooks.DeleteAsync(created.Webhook.Id);
        var stopped = Assert.Single(await emit.WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.False(stopped.Succeeded);
        Assert.Equal([500], stopped.AttemptStatusCodes);
        Assert.Contains("deleted", stopped.Error);
    }

    [Fact]
    public async Task Stopping_the_fake_ends_deliveries_waiting_to_retry()
    {
        var time = new FakeTimeProvider(Start);
        await using var sink = await WebhookSink.StartAsync();
        var fake = BelticFake.CreateInMemory(new BelticFakeOptions { TimeProvider = time, DeliveryHandler = sink.CreateHandler() });
        using var beltic = fake.CreateClient();
        await beltic.Webhooks.CreateAsync(new WebhookCreateOptions(WebhookSink.DocumentsUrl));
        sink.AnswerNext(503);

        var emit = fake.EmitDocumentStatusAsync("doc_1", "processed");
        await WaitUntilAsync(() => sink.Received == 1);
        await fake.DisposeAsync();
        var stopped = Assert.Single(await emit.WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.False(stopped.Succeeded);
        Assert.Contains("stopped", stopped.Error);
    }

    [Fact]
    public async Task Emitting_an_unknown_status_is_an_argument_error()
    {
        await using var fake = BelticFake.CreateInMemory();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => fake.EmitDocumentStatusAsync("doc_1", "done"));

        Assert.Equal("status", error.ParamName);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; !condition(); i++)
        {
            Assert.True(i < 500, "timed out");
            await Task.Delay(10);
        }
    }
}
