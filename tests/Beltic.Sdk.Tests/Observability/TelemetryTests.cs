using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Beltic.Sdk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Beltic.Sdk.Tests.Observability;

[CollectionDefinition(nameof(TelemetryCollection), DisableParallelization = true)]
public sealed class TelemetryCollection;

/// <summary>One span per call (named by operation, route template, status, attempts, error code, request id), retries as events, metrics.</summary>
[Collection(nameof(TelemetryCollection))]
public sealed class TelemetryTests : IDisposable
{
    private readonly ConcurrentQueue<Activity> _spans = new();
    private readonly ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)> _measurements = new();
    private readonly ActivityListener _activities;
    private readonly MeterListener _meters;

    public TelemetryTests()
    {
        _activities = new ActivityListener
        {
            ShouldListenTo = s => s.Name == BelticDiagnostics.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _spans.Enqueue,
        };
        ActivitySource.AddActivityListener(_activities);
        _meters = new MeterListener { InstrumentPublished = (i, l) => { if (i.Meter.Name == BelticDiagnostics.MeterName) { l.EnableMeasurementEvents(i); } } };
        _meters.SetMeasurementEventCallback<double>((i, v, tags, _) => _measurements.Enqueue((i.Name, v, ToDictionary(tags))));
        _meters.SetMeasurementEventCallback<long>((i, v, tags, _) => _measurements.Enqueue((i.Name, v, ToDictionary(tags))));
        _meters.Start();
    }

    [Fact]
    public async Task A_retried_call_is_one_span_with_a_retry_event_and_its_metrics()
    {
        using var host = new TestHost();
        host.Server.Given(Request.Create().UsingGet()).InScenario("retry").WillSetStateTo("ok")
            .RespondWith(Response.Create().WithStatusCode(503));
        host.Server.Given(Request.Create().UsingGet()).InScenario("retry").WhenStateIs("ok")
            .RespondWith(Response.Create().WithHeader("X-Request-Id", "req_tel_1").WithBody(CredentialFixtures.CredentialJson));

        await host.RunAsync(() => host.Client.Credentials.GetAsync("cred_secret_id_123"));

        var span = Assert.Single(_spans, s => s.OperationName == "credentials.get");
        Assert.Equal(ActivityKind.Client, span.Kind);
        Assert.Equal("/v1/credentials/{id}", span.GetTagItem("url.template"));
        Assert.Equal("GET", span.GetTagItem("http.request.method"));
        Assert.Equal(200, span.GetTagItem("http.response.status_code"));
        Assert.Equal(2, span.GetTagItem("beltic.attempt_count"));
        Assert.Equal("req_tel_1", span.GetTagItem("beltic.request_id"));
        var retry = Assert.Single(span.Events, e => e.Name == "beltic.retry");
        Assert.Equal("503", retry.Tags.Single(t => t.Key == "beltic.retry.reason").Value);
        Assert.DoesNotContain(span.TagObjects, t => t.Value?.ToString()?.Contains("cred_secret_id_123", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(span.TagObjects, t => t.Value?.ToString()?.Contains(TestHost.ApiKey, StringComparison.Ordinal) == true);

        var duration = Assert.Single(_measurements, m => m.Instrument == "beltic.client.call.duration" && (string?)m.Tags["beltic.operation"] == "credentials.get");
        Assert.Equal("success", duration.Tags["beltic.outcome"]);
        Assert.Contains(_measurements, m => m.Instrument == "beltic.client.retries" && (string?)m.Tags["beltic.operation"] == "credentials.get" && m.Value == 1);
    }

    [Fact]
    public async Task Retries_after_an_attempt_timeout_and_a_connection_failure_say_why()
    {
        var handler = new ScriptedHandler(
            ScriptedHandler.Hang(),
            ScriptedHandler.Throw(new HttpRequestException("connection refused")),
            ScriptedHandler.Respond(System.Net.HttpStatusCode.OK, CredentialFixtures.CredentialJson));
        using var host = new TestHost(o => o.AttemptTimeout = TimeSpan.FromSeconds(2), builder: b => b.ConfigureHttpClients(h => h.ConfigurePrimaryHttpMessageHandler(() => handler)));

        await host.RunAsync(() => host.Client.Credentials.GetAsync("cred_01HQ7P4M6ABC"));

        var span = Assert.Single(_spans, s => s.OperationName == "credentials.get");
        var reasons = span.Events.Where(e => e.Name == "beltic.retry").Select(e => e.Tags.Single(t => t.Key == "beltic.retry.reason").Value).ToList();
        Assert.Equal(["attempt_timeout", "connection_error"], reasons);
        Assert.Equal(3, span.GetTagItem("beltic.attempt_count"));
        Assert.Equal(3, handler.Calls);
    }

    [Fact]
    public async Task A_caller_cancelling_mid_attempt_is_neither_a_retry_nor_a_timeout()
    {
        var handler = new ScriptedHandler(
            ScriptedHandler.Hang(),
            ScriptedHandler.Respond(System.Net.HttpStatusCode.OK, CredentialFixtures.CredentialJson));
        using var host = new TestHost(o => o.AttemptTimeout = TimeSpan.FromSeconds(30), builder: b => b.ConfigureHttpClients(h => h.ConfigurePrimaryHttpMessageHandler(() => handler)));
        using var cts = new CancellationTokenSource();

        var call = host.Client.Credentials.GetAsync("cred_01HQ7P4M6ABC", cancellationToken: cts.Token);
        while (handler.Calls == 0)
        {
            await Task.Delay(5);
        }

        cts.Cancel();
        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);

        Assert.IsNotType<BelticTransportException>(ex);
        var span = Assert.Single(_spans, s => s.OperationName == "credentials.get");
        Assert.DoesNotContain(span.Events, e => e.Name == "beltic.retry");
        Assert.DoesNotContain(_measurements, m => m.Instrument == "beltic.client.retries");
        Assert.Equal(1, handler.Calls);
        Assert.Equal("cred_01HQ7P4M6ABC", (await host.Client.Credentials.GetAsync("cred_01HQ7P4M6ABC")).Id); // no cancelled timer left behind
    }

    [Fact]
    public async Task A_failed_call_records_the_error_code_and_an_error_status()
    {
        using var host = new TestHost();
        host.Server.Given(Request.Create().UsingGet())
            .RespondWith(Response.Create().WithStatusCode(404).WithHeader("X-Request-Id", "req_404").WithBody("""{"error":{"code":"not_found","message":"No such credential"}}"""));

        await Assert.ThrowsAsync<BelticNotFoundException>(() => host.Client.Credentials.GetAsync("cred_1"));

        var span = Assert.Single(_spans, s => s.OperationName == "credentials.get");
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal("404", span.GetTagItem("error.type"));
        Assert.Equal("not_found", span.GetTagItem("beltic.error_code"));
        Assert.Equal("req_404", span.GetTagItem("beltic.request_id"));
        var duration = Assert.Single(_measurements, m => m.Instrument == "beltic.client.call.duration");
        Assert.Equal("error", duration.Tags["beltic.outcome"]);
        Assert.Equal("404", duration.Tags["error.type"]);
    }

    [Fact]
    public async Task A_429_wait_is_recorded_as_a_server_rate_limit_wait()
    {
        using var host = new TestHost();
        host.Server.Given(Request.Create().UsingGet()).InScenario("limited").WillSetStateTo("ok")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "3"));
        host.Server.Given(Request.Create().UsingGet()).InScenario("limited").WhenStateIs("ok")
            .RespondWith(Response.Create().WithBody(CredentialFixtures.CredentialJson));

        await host.RunAsync(() => host.Client.Credentials.GetAsync("cred_1"));

        var wait = Assert.Single(_measurements, m => m.Instrument == "beltic.client.rate_limit.wait");
        Assert.Equal("server", wait.Tags["beltic.rate_limit.source"]);
        Assert.True(wait.Value >= 3);
    }

    public void Dispose()
    {
        _activities.Dispose();
        _meters.Dispose();
    }

    private static Dictionary<string, object?> ToDictionary(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var d = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var t in tags)
        {
            d[t.Key] = t.Value;
        }

        return d;
    }
}
