using Beltic.Credentials;
using Beltic.Identity;
using Beltic.Sdk.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Beltic.Sdk.Tests.Pattern;

/// <summary>RequestOptions on every call: a per-call API key (multi-tenant platforms) and the idempotency key.</summary>
public class PerCallOptionsTests
{
    private const string TenantKey = "sk_production_tenant_b_0123456789";

    [Fact]
    public async Task A_per_call_api_key_replaces_the_configured_one_for_that_call_only()
    {
        using var host = new TestHost();
        host.Server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithBody(CredentialFixtures.CredentialJson));

        await host.Client.Credentials.GetAsync("cred_1", new RequestOptions { ApiKey = TenantKey });
        await host.Client.Credentials.GetAsync("cred_1");
        await host.Client.Credentials.IssueAsync(CredentialFixtures.Business(), new RequestOptions { ApiKey = TenantKey, IdempotencyKey = "idem-1" });

        var sent = host.Requests;
        Assert.Equal(TenantKey, Json.Header(sent[0], "X-Api-Key"));
        Assert.Equal(TestHost.ApiKey, Json.Header(sent[1], "X-Api-Key"));
        Assert.Equal(TenantKey, Json.Header(sent[2], "X-Api-Key"));
        Assert.Equal("idem-1", Json.Header(sent[2], "Idempotency-Key"));
    }

    [Fact]
    public async Task A_per_call_key_works_on_a_client_configured_without_one_and_on_every_page()
    {
        using var host = new TestHost(o => { o.ApiKey = null; o.RequireApiKey = false; });
        host.Json("GET", "/v1/identity/accounts", IdentityFixtures.AccountPage(next: null));

        var accounts = new List<Account>();
        await foreach (var a in host.Client.Identity.Accounts.ListAutoPagingAsync(null, new RequestOptions { ApiKey = TenantKey }))
        {
            accounts.Add(a);
        }

        Assert.NotEmpty(accounts);
        Assert.All(host.Requests, r => Assert.Equal(TenantKey, Json.Header(r, "X-Api-Key")));
    }

    [Theory]
    [InlineData("pk_live_123")]
    [InlineData("sk_staging_")]
    [InlineData("sk_staging_abc def")]
    [InlineData("")]
    public async Task A_malformed_per_call_key_is_refused_before_sending_without_echoing_it(string key)
    {
        using var host = new TestHost();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => host.Client.Credentials.GetAsync("cred_1", new RequestOptions { ApiKey = key }));

        Assert.Contains("RequestOptions.ApiKey", ex.Message);
        if (key.Length > "sk_staging_".Length)
        {
            Assert.DoesNotContain(key, ex.Message);
        }

        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task A_per_call_key_never_reaches_the_logs()
    {
        using var host = new TestHost(o => o.MaxRetries = 1);
        host.Server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(503));

        await host.RunThrowsAsync<BelticServerException>(() => host.Client.Credentials.GetAsync("cred_1", new RequestOptions { ApiKey = TenantKey }));

        Assert.Equal(2, host.Requests.Count);
        Assert.Contains("attempt 2", host.Logs.All);
        Assert.DoesNotContain(TenantKey, host.Logs.All);
    }

    [Fact]
    public async Task Public_endpoints_go_through_a_pipeline_without_a_key_even_when_one_is_configured()
    {
        using var host = new TestHost();
        host.Server.Given(Request.Create().WithPath("/v1/credentials/_public/verify").UsingPost())
            .RespondWith(Response.Create().WithBody("""{"valid":true}"""));
        host.Server.Given(Request.Create().WithPath("/.well-known/did.json").UsingGet())
            .RespondWith(Response.Create().WithBody("""{"id":"did:web:beltic.com"}"""));

        await host.Client.Credentials.PublicVerifyAsync("eyJ.a.b");
        await host.Client.WellKnown.GetDidDocumentAsync();

        Assert.Equal(2, host.Requests.Count);
        Assert.All(host.Requests, r => Assert.False(Json.HasHeader(r, "X-Api-Key")));
    }

    [Fact]
    public async Task A_path_that_merely_looks_public_still_gets_the_key()
    {
        // No URL sniffing: the key depends on the route's pipeline, not on what its path contains.
        using var host = new TestHost();
        host.Server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithBody(CredentialFixtures.CredentialJson));

        await host.Client.Credentials.GetAsync("_public");
        await host.Client.Credentials.GetAsync(".well-known");

        Assert.All(host.Requests, r => Assert.Equal(TestHost.ApiKey, Json.Header(r, "X-Api-Key")));
    }
}
