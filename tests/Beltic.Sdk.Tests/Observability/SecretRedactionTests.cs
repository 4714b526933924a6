using System.Collections.Concurrent;
using System.Diagnostics;
using Beltic.Identity;
using Beltic.Webhooks;
using Beltic.Sdk.Tests.Support;
using Beltic.Sdk.Tests.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Beltic.Sdk.Tests.Observability;

/// <summary>
/// API keys (configured and per call), presigned-URL signatures and webhook secrets never reach a log line, a span or
/// an exception message — with every log level on and the app asking IHttpClientFactory to log headers everywhere.
/// </summary>
[Collection(nameof(TelemetryCollection))]
public sealed class SecretRedactionTests : IDisposable
{
    private const string PerCallKey = "sk_staging_per_call_9f8e7d6c5b4a";
    private readonly ConcurrentQueue<Activity> _spans = new();
    private readonly ActivityListener _listener;

    public SecretRedactionTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _spans.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    [Fact]
    public async Task Keys_signatures_and_secrets_appear_in_no_log_span_or_exception()
    {
        // The app turns on IHttpClientFactory's default logging, headers unredacted, for every client it has.
        using var host = new TestHost(services: s => s.ConfigureHttpClientDefaults(b => b.AddDefaultLogger().RedactLoggedHeaders(_ => false)));
        var uploadBase = host.Server.Url!;
        host.Json("POST", "/v1/identity/documents/idvs", IdentityFixtures.IdvDocumentJson(uploadBase), 201);
        host.Server.Given(Request.Create().WithPath("/uploads/*").UsingPut()).InScenario("upload").WillSetStateTo("ok")
            .RespondWith(Response.Create().WithStatusCode(500));
        host.Server.Given(Request.Create().WithPath("/uploads/*").UsingPut()).InScenario("upload").WhenStateIs("ok")
            .RespondWith(Response.Create().WithStatusCode(200));
        host.Json("POST", "/v1/webhooks", WebhookFixtures.Created, 201);
        host.Server.Given(Request.Create().WithPath("/v1/credentials/cred_denied").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(401).WithBody("""{"error":{"code":"unauthorized","message":"Invalid API key"}}"""));
        var errors = new List<string>();

        await host.RunAsync(async () =>
        {
            await host.Client.Identity.IdvDocuments.CreateAndUploadAsync(new IdvDocumentUploadOptions(FileUpload.FromStream(new MemoryStream(TestImages.Jpeg(2_000)), "front.jpg", "image/jpeg"))
            {
                Back = FileUpload.FromStream(new MemoryStream(TestImages.Png(1_500)), "back.png", "image/png"),
            });
            return await host.Client.Webhooks.CreateAsync(new WebhookCreateOptions(new Uri("https://example.com/hooks")));
        });
        foreach (var key in new[] { PerCallKey, null })
        {
            var ex = await Assert.ThrowsAsync<BelticAuthenticationException>(() => host.Client.Credentials.GetAsync("cred_denied", new RequestOptions { ApiKey = key }));
            errors.Add(ex.ToString());
        }

        var seen = string.Join("\n", host.Logs.Lines) + "\n" + string.Join("\n", errors) + "\n" + string.Join("\n", _spans.SelectMany(Describe));
        Assert.Contains("/uploads/file_01FRONT", seen);          // the calls were logged and traced…
        Assert.Contains("/v1/credentials/cred_denied", seen);
        foreach (var secret in new[] { TestHost.ApiKey, PerCallKey, "frontsig", "backsig", WebhookFixtures.Secret })
        {
            Assert.DoesNotContain(secret, seen, StringComparison.Ordinal);   // …without a secret
        }

        Assert.Equal(TestHost.ApiKey, Json.Header(host.Requests.First(r => r.RequestMessage!.Path == "/v1/webhooks"), "X-Api-Key"));
    }

    public void Dispose() => _listener.Dispose();

    private static IEnumerable<string> Describe(Activity span)
        => [span.DisplayName, .. span.TagObjects.Select(t => $"{t.Key}={t.Value}"), .. span.Events.SelectMany(e => e.Tags.Select(t => $"{e.Name} {t.Key}={t.Value}"))];
}
