using Beltic.Sdk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Beltic.Sdk.Tests.Pattern;

/// <summary>What AddBeltic adds to an app's container, and what it must not take away.</summary>
public class RegistrationTests
{
    [Fact]
    public async Task Named_clients_are_keyed_services_with_their_own_options_and_pipeline()
    {
        using var a = WireMockServer.Start();
        using var b = WireMockServer.Start();
        foreach (var server in new[] { a, b })
        {
            server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithBody(CredentialFixtures.CredentialJson));
        }

        var services = new ServiceCollection();
        services.AddBeltic(o => { o.ApiKey = "sk_staging_default_key"; o.BaseAddress = new Uri(a.Url + "/v1"); });
        services.AddBeltic("tenant-b", o => { o.ApiKey = "sk_production_tenant_b_key"; o.BaseAddress = new Uri(b.Url + "/v1"); o.ApplicationId = "tenant-b/1"; });
        using var provider = services.BuildServiceProvider();

        var defaultClient = provider.GetRequiredService<BelticClient>();
        var tenantB = provider.GetRequiredKeyedService<BelticClient>("tenant-b");
        await defaultClient.Credentials.GetAsync("cred_1");
        await tenantB.Credentials.GetAsync("cred_1");

        Assert.NotSame(defaultClient, tenantB);
        Assert.Same(tenantB, provider.GetRequiredKeyedService<BelticClient>("tenant-b"));
        Assert.Equal(BelticEnvironment.Production, tenantB.Environment);
        var sentA = Assert.Single(a.LogEntries);
        var sentB = Assert.Single(b.LogEntries);
        Assert.Equal("sk_staging_default_key", Json.Header(sentA, "X-Api-Key"));
        Assert.Equal("sk_production_tenant_b_key", Json.Header(sentB, "X-Api-Key"));
        Assert.EndsWith("tenant-b/1", Json.Header(sentB, "User-Agent"));
        Assert.DoesNotContain("tenant-b/1", Json.Header(sentA, "User-Agent"));
    }

    [Fact]
    public void A_named_client_with_a_bad_key_fails_at_start_up_naming_the_option()
    {
        var services = new ServiceCollection();
        services.AddBeltic("tenant-c", o => o.ApiKey = "pk_oops");
        using var provider = services.BuildServiceProvider();

        var ex = Assert.ThrowsAny<Microsoft.Extensions.Options.OptionsValidationException>(() => provider.GetRequiredKeyedService<BelticClient>("tenant-c").Credentials.GetAsync("x").GetAwaiter().GetResult());

        Assert.Contains("BelticClientOptions.ApiKey", ex.Message);
        Assert.DoesNotContain("pk_oops", ex.Message);
    }

    [Fact]
    public async Task AddBeltic_before_AddLogging_keeps_the_apps_own_loggers_and_the_sdk_logs()
    {
        using var server = WireMockServer.Start();
        server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithBody(CredentialFixtures.CredentialJson));
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddBeltic(o => { o.ApiKey = TestHost.ApiKey; o.BaseAddress = new Uri(server.Url + "/v1"); });
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Debug).AddProvider(logs));
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<ILogger<RegistrationTests>>().LogInformation("app line");
        await provider.GetRequiredService<BelticClient>().Credentials.GetAsync("cred_1");

        Assert.Contains("app line", logs.All);
        Assert.Contains("/v1/credentials/cred_1", logs.All);
    }

    [Fact]
    public async Task A_healthy_retried_call_logs_no_polly_line_above_debug()
    {
        using var host = new TestHost(o => o.MaxRetries = 2);
        host.Server.Given(Request.Create().UsingGet()).InScenario("flaky").WillSetStateTo("ok")
            .RespondWith(Response.Create().WithStatusCode(503));
        host.Server.Given(Request.Create().UsingGet()).InScenario("flaky").WhenStateIs("ok")
            .RespondWith(Response.Create().WithBody(CredentialFixtures.CredentialJson));

        await host.RunAsync(() => host.Client.Credentials.GetAsync("cred_1"));

        var above = host.Logs.Lines.Where(l => !l.StartsWith("Debug", StringComparison.Ordinal) && !l.StartsWith("Trace", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, host.Requests.Count);
        Assert.DoesNotContain(above, l => l.Contains("Polly", StringComparison.Ordinal));
        Assert.Contains(above, l => l.Contains("Beltic GET /v1/credentials/cred_1 -> 503", StringComparison.Ordinal)); // the SDK's own attempt line
    }

    [Fact]
    public async Task ConfigureHttpClients_reaches_presigned_uploads_too()
    {
        var seen = new List<string>();
        using var host = new TestHost(builder: b => b.ConfigureHttpClients(h => h.AddHttpMessageHandler(() => new RecordingHandler(seen))));
        host.Json("POST", "/v1/identity/documents/idvs", IdentityFixtures.IdvDocumentJson(host.Server.Url!));
        host.Server.Given(Request.Create().UsingPut()).RespondWith(Response.Create().WithStatusCode(200));

        await host.Client.Identity.IdvDocuments.CreateAndUploadAsync(new Beltic.Identity.IdvDocumentUploadOptions(
            FileUpload.FromStream(new MemoryStream(TestImages.Jpeg(2048)), "front.jpg", "image/jpeg"))
        { Back = FileUpload.FromStream(new MemoryStream(TestImages.Png(2048)), "back.png", "image/png") });

        Assert.Contains(seen, s => s.StartsWith("POST", StringComparison.Ordinal));
        Assert.Equal(2, seen.Count(s => s.StartsWith("PUT", StringComparison.Ordinal)));
    }

    private sealed class RecordingHandler(List<string> seen) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (seen)
            {
                seen.Add($"{request.Method} {request.RequestUri!.AbsolutePath}");
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
