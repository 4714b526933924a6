using Beltic.Sdk.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Beltic.Sdk.Tests.Options;

public class OptionsTests
{
    private static void ValidateOnStart(IServiceCollection services)
    {
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
    }

    [Fact]
    public void A_missing_key_fails_at_start_up_naming_the_option()
    {
        var services = new ServiceCollection();
        services.AddBeltic(_ => { });

        var ex = Assert.Throws<OptionsValidationException>(() => ValidateOnStart(services));

        Assert.Contains("BelticClientOptions.ApiKey", ex.Message);
        Assert.Contains("Beltic:ApiKey", ex.Message);
    }

    [Theory]
    [InlineData("blt_sk_12345")]
    [InlineData("sk_live_12345")]
    [InlineData("sk_staging_")]
    public void A_key_with_the_wrong_prefix_fails_at_start_up_without_echoing_it(string key)
    {
        var services = new ServiceCollection();
        services.AddBeltic(o => o.ApiKey = key);

        var ex = Assert.Throws<OptionsValidationException>(() => ValidateOnStart(services));

        Assert.Contains("sk_staging_", ex.Message);
        Assert.DoesNotContain(key, ex.Message.Replace("'sk_staging_'", "", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("sk_staging_abc", BelticEnvironment.Staging)]
    [InlineData("sk_production_abc", BelticEnvironment.Production)]
    [InlineData(null, BelticEnvironment.Unknown)]
    public void The_environment_comes_from_the_key_prefix(string? key, BelticEnvironment expected)
        => Assert.Equal(expected, new BelticClientOptions { ApiKey = key }.Environment);

    [Fact]
    public void Options_bind_from_configuration()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Beltic:ApiKey"] = "sk_production_cfg",
            ["Beltic:BaseAddress"] = "https://sandbox.example.test/v1",
            ["Beltic:MaxRetries"] = "5",
            ["Beltic:Timeout"] = "00:02:00",
            ["Beltic:AttemptTimeout"] = "00:00:15",
            ["Beltic:ApplicationId"] = "acme/1.0",
        }).Build();
        var services = new ServiceCollection();
        services.AddBeltic(config.GetSection("Beltic"));
        using var provider = services.BuildServiceProvider();

        var o = provider.GetRequiredService<IOptions<BelticClientOptions>>().Value;
        var client = provider.GetRequiredService<BelticClient>();

        Assert.Equal("sk_production_cfg", o.ApiKey);
        Assert.Equal(new Uri("https://sandbox.example.test/v1"), o.BaseAddress);
        Assert.Equal(new Uri("https://sandbox.example.test/"), o.GetWellKnownBaseAddress());
        Assert.Equal(5, o.MaxRetries);
        Assert.Equal(TimeSpan.FromMinutes(2), o.Timeout);
        Assert.Equal(TimeSpan.FromSeconds(15), o.AttemptTimeout);
        Assert.Equal(BelticEnvironment.Production, client.Environment);
    }

    [Fact]
    public void The_sdk_http_clients_leave_timeouts_to_the_pipeline()
    {
        var services = new ServiceCollection();
        services.AddBeltic(o => o.ApiKey = "sk_staging_x");
        using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IHttpClientFactory>();

        Assert.Equal(Timeout.InfiniteTimeSpan, factory.CreateClient("Beltic.Api").Timeout);
        Assert.Equal(new Uri("https://api.beltic.com/v1"), factory.CreateClient("Beltic.Api").BaseAddress);
        Assert.Equal(new Uri("https://api.beltic.com/v1"), factory.CreateClient("Beltic.Public").BaseAddress);
        Assert.Equal(new Uri("https://api.beltic.com/"), factory.CreateClient("Beltic.HostRoot").BaseAddress); // the well-known documents
        Assert.All(new[] { "Beltic.Public", "Beltic.HostRoot", "Beltic.Upload" }, n => Assert.Equal(Timeout.InfiniteTimeSpan, factory.CreateClient(n).Timeout));
    }

    [Fact]
    public void The_plain_constructor_validates_immediately()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => new BelticClient(new BelticClientOptions { ApiKey = "nope", MaxRetries = 99 }));

        Assert.Contains("ApiKey", ex.Message);
        Assert.Contains("MaxRetries", ex.Message);
    }

    [Fact]
    public async Task The_plain_constructor_uses_the_same_pipeline()
    {
        using var server = WireMockServer.Start();
        server.Given(Request.Create().WithPath("/v1/credentials").UsingPost()).InScenario("c").WillSetStateTo("ok")
            .RespondWith(Response.Create().WithStatusCode(503).WithHeader("Retry-After", "0"));
        server.Given(Request.Create().WithPath("/v1/credentials").UsingPost()).InScenario("c").WhenStateIs("ok")
            .RespondWith(Response.Create().WithStatusCode(201).WithBody(CredentialFixtures.CredentialJson));
        var options = new BelticClientOptions { ApiKey = TestHost.ApiKey, BaseAddress = new Uri(server.Url + "/v1") };
        using var client = new BelticClient(options);
        options.ApiKey = "sk_staging_changed_after"; // copied at construction: no effect

        var credential = await client.Credentials.IssueAsync(Beltic.Credentials.CredentialIssueOptions.Business(
            new Beltic.Credentials.CredentialSubject("biz_1", Beltic.Credentials.SubjectType.Organisation), new Beltic.Credentials.BusinessClaims("US-DE")));

        Assert.Equal("cred_01HQ7P4M6ABC", credential.Id);
        var requests = server.LogEntries.ToList();
        Assert.Equal(2, requests.Count);
        Assert.Equal(Json.Header(requests[0], "Idempotency-Key"), Json.Header(requests[1], "Idempotency-Key"));
        Assert.All(requests, r => Assert.Equal(TestHost.ApiKey, Json.Header(r, "X-Api-Key")));
    }

    [Fact]
    public async Task Calling_AddBeltic_twice_does_not_stack_pipelines()
    {
        using var host = new TestHost(services: s => s.AddBeltic(o => o.ApplicationId = "second-call"));
        host.Server.Given(Request.Create().WithPath("/v1/credentials/x")).RespondWith(Response.Create().WithStatusCode(503));

        await host.RunThrowsAsync<BelticServerException>(() => host.Client.Credentials.GetAsync("x"));

        Assert.Equal(4, host.Requests.Count);
    }
}
