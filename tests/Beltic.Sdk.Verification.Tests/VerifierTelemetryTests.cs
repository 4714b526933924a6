using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using Beltic.Sdk.Verification.Tests.Support;
using Beltic.Verification;
using Beltic.Verification.Keys;
using Beltic.Verification.Status;

namespace Beltic.Sdk.Verification.Tests;

[CollectionDefinition(nameof(VerifierTelemetryCollection), DisableParallelization = true)]
public sealed class VerifierTelemetryCollection;

/// <summary>
/// ActivitySource and Meter "Beltic.Sdk.Verification": one span per verification with its outcome, verifications by
/// outcome code, and the providers' cache hits, misses and fetch failures. Runs alone: the instruments are process-wide.
/// </summary>
[Collection(nameof(VerifierTelemetryCollection))]
public sealed class VerifierTelemetryTests : IDisposable
{
    private readonly TestIssuer _issuer = new();
    private readonly ConcurrentQueue<Activity> _spans = new();
    private readonly ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)> _measurements = new();
    private readonly ActivityListener _activities;
    private readonly MeterListener _meters;

    public VerifierTelemetryTests()
    {
        _activities = new ActivityListener
        {
            ShouldListenTo = s => s.Name == VerifierDiagnostics.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _spans.Enqueue,
        };
        ActivitySource.AddActivityListener(_activities);
        _meters = new MeterListener
        {
            InstrumentPublished = (i, l) =>
            {
                if (i.Meter.Name == VerifierDiagnostics.MeterName)
                {
                    l.EnableMeasurementEvents(i);
                }
            },
        };
        _meters.SetMeasurementEventCallback<double>((i, v, tags, _) => _measurements.Enqueue((i.Name, v, ToDictionary(tags))));
        _meters.SetMeasurementEventCallback<long>((i, v, tags, _) => _measurements.Enqueue((i.Name, v, ToDictionary(tags))));
        _meters.Start();
    }

    [Fact]
    public async Task A_failed_verification_is_an_error_span_with_its_code_and_is_counted_by_outcome()
    {
        var verifier = Verifiers.Offline(_issuer, TestIssuer.StatusList(TestIssuer.EncodedList(16_384, 7)));
        var token = _issuer.Sign(TestIssuer.Payload(statusIndex: 7));

        var revoked = await verifier.VerifyAsync(token);
        var valid = await verifier.VerifyAsync(_issuer.Sign(TestIssuer.Payload(statusIndex: 8)));

        Assert.Equal(VerificationCodes.Revoked, revoked.Code);
        Assert.True(valid.IsValid);
        var spans = _spans.ToArray();
        Assert.Equal(2, spans.Length);
        var failed = spans[0];
        Assert.Equal("verify credential", failed.DisplayName);
        Assert.Equal(ActivityStatusCode.Error, failed.Status);
        Assert.Equal("revoked", failed.GetTagItem("beltic.verification.outcome"));
        Assert.Equal("status", failed.GetTagItem("beltic.verification.failed_step"));
        Assert.Equal(TestIssuer.Issuer, failed.GetTagItem("beltic.credential.issuer"));
        Assert.Equal("k1", failed.GetTagItem("beltic.credential.kid"));
        Assert.Equal(ActivityStatusCode.Unset, spans[1].Status);
        Assert.Equal("valid", spans[1].GetTagItem("beltic.verification.outcome"));
        Assert.All(spans.SelectMany(s => s.TagObjects), t => Assert.DoesNotContain(token.Split('.')[1], t.Value?.ToString() ?? "", StringComparison.Ordinal));

        var counted = _measurements.Where(m => m.Instrument == "beltic.verifier.verifications").ToArray();
        Assert.Equal(2, counted.Length);
        Assert.Contains(counted, m => (string?)m.Tags["beltic.verification.outcome"] == "revoked" && (string?)m.Tags["beltic.verification.failed_step"] == "status");
        Assert.Contains(counted, m => (string?)m.Tags["beltic.verification.outcome"] == "valid" && !m.Tags.ContainsKey("beltic.verification.failed_step"));
        Assert.Equal(2, _measurements.Count(m => m.Instrument == "beltic.verifier.verification.duration" && m.Value >= 0));
    }

    [Fact]
    public async Task The_online_providers_count_cache_hits_misses_and_fetch_failures()
    {
        var failing = false;
        var handler = new Responder(uri => failing
            ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
            : uri.AbsolutePath.EndsWith("/jwks.json", StringComparison.Ordinal) ? Ok(_issuer.Jwks(), "max-age=3600") : Ok(TestIssuer.StatusList(TestIssuer.EncodedList()), "max-age=60"));
        var time = Verifiers.Clock();
        var verifier = new CredentialVerifier(
            new HttpJwksProvider(new HttpClient(handler), null, time), new HttpStatusListProvider(new HttpClient(handler), null, time), null, time);
        var token = _issuer.Sign(TestIssuer.Payload());

        Assert.True((await verifier.VerifyAsync(token)).IsValid);   // both fetched: two misses
        Assert.True((await verifier.VerifyAsync(token)).IsValid);   // both cached: two hits
        failing = true;
        time.Advance(TimeSpan.FromSeconds(61));                     // the list is stale, the key set (1 h) is not
        var unavailable = await verifier.VerifyAsync(token);

        Assert.Equal(VerificationCodes.StatusUnavailable, unavailable.Code);
        Assert.Equal(1, Count("beltic.verifier.cache.misses", "jwks"));
        Assert.Equal(2, Count("beltic.verifier.cache.hits", "jwks"));
        Assert.Equal(2, Count("beltic.verifier.cache.misses", "status_list"));
        Assert.Equal(1, Count("beltic.verifier.cache.hits", "status_list"));
        var failure = Assert.Single(_measurements, m => m.Instrument == "beltic.verifier.fetch.failures");
        Assert.Equal("status_list", failure.Tags["beltic.document"]);
        Assert.NotNull(failure.Tags["error.type"]);
    }

    public void Dispose()
    {
        _activities.Dispose();
        _meters.Dispose();
    }

    private double Count(string instrument, string document)
        => _measurements.Where(m => m.Instrument == instrument && (string?)m.Tags["beltic.document"] == document).Sum(m => m.Value);

    private static HttpResponseMessage Ok(string body, string cacheControl)
    {
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body) };
        response.Headers.TryAddWithoutValidation("Cache-Control", cacheControl);
        return response;
    }

    private static Dictionary<string, object?> ToDictionary(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var d = new Dictionary<string, object?>();
        foreach (var t in tags)
        {
            d[t.Key] = t.Value;
        }

        return d;
    }

    private sealed class Responder(Func<Uri, HttpResponseMessage> respond) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            => Task.FromResult(respond(request.RequestUri!));
    }
}
