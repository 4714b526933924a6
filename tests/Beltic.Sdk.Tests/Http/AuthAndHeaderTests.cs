using System.Text.RegularExpressions;
using Beltic.Credentials;
using Beltic.Sdk.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Beltic.Sdk.Tests.Http;

public class AuthAndHeaderTests
{
    private const string VerifyJson = """{"valid":true,"status":"active","credential_type":"business"}""";

    [Fact]
    public async Task Authenticated_calls_send_the_key_and_the_user_agent()
    {
        using var host = new TestHost(o => o.ApplicationId = "acme-onboarding/2.1");
        host.Server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithBody(CredentialFixtures.CredentialJson));

        await host.Client.Credentials.GetAsync("cred_1");

        var r = host.SingleRequest();
        Assert.Equal(TestHost.ApiKey, Json.Header(r, "X-Api-Key"));
        Assert.Matches(new Regex(@"^beltic-dotnet/\d+\.\d+\.\d+\S* \(\.NET \d+\.\d+\.\d+\) acme-onboarding/2\.1$"), Json.Header(r, "User-Agent"));
    }

    [Fact]
    public async Task Public_verify_never_sends_the_key()
    {
        using var host = new TestHost();
        host.Server.Given(Request.Create().WithPath("/v1/credentials/_public/verify").UsingPost()).RespondWith(Response.Create().WithBody(VerifyJson));

        var result = await host.Client.Credentials.PublicVerifyAsync("eyJ.a.b");

        Assert.True(result.Valid);
        var r = host.SingleRequest();
        Assert.False(Json.HasHeader(r, "X-Api-Key"));
        Assert.StartsWith("beltic-dotnet/", Json.Header(r, "User-Agent"));
    }

    [Fact]
    public async Task A_client_without_a_key_can_call_public_endpoints_only()
    {
        using var host = new TestHost(o => { o.ApiKey = null; o.RequireApiKey = false; });
        host.Server.Given(Request.Create().WithPath("/v1/credentials/_public/verify").UsingPost()).RespondWith(Response.Create().WithBody(VerifyJson));
        host.Server.Given(Request.Create().WithPath("/.well-known/jwks.json").UsingGet()).RespondWith(Response.Create().WithBody("""{"keys":[]}"""));

        var verdict = await host.Client.Credentials.PublicVerifyAsync("eyJ.a.b");
        var jwks = await host.Client.WellKnown.GetJwksAsync();
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => host.Client.Credentials.GetAsync("cred_1"));

        Assert.True(verdict.Valid);
        Assert.Empty(jwks.Keys);
        Assert.Contains("ApiKey", ex.Message);
        Assert.Equal(2, host.Requests.Count); // the authenticated call was never sent
        Assert.All(host.Requests, r => Assert.False(Json.HasHeader(r, "X-Api-Key")));
    }

    [Fact]
    public async Task The_api_key_never_reaches_logs_exceptions_or_options_text()
    {
        using var host = new TestHost(o => o.MaxRetries = 1);
        host.Server.Given(Request.Create().WithPath("/v1/credentials/ok")).RespondWith(Response.Create().WithBody(CredentialFixtures.CredentialJson));
        host.Server.Given(Request.Create().WithPath("/v1/credentials/denied"))
            .RespondWith(Response.Create().WithStatusCode(401).WithBody("""{"error":{"code":"unauthorized","message":"Invalid API key"}}"""));
        host.Server.Given(Request.Create().WithPath("/v1/credentials/down")).RespondWith(Response.Create().WithStatusCode(503));

        await host.Client.Credentials.GetAsync("ok");
        var denied = await Assert.ThrowsAsync<BelticAuthenticationException>(() => host.Client.Credentials.GetAsync("denied"));
        var (down, _) = await host.RunThrowsAsync<BelticServerException>(() => host.Client.Credentials.GetAsync("down"));
        var options = host.Provider.GetService(typeof(Microsoft.Extensions.Options.IOptions<BelticClientOptions>)) as Microsoft.Extensions.Options.IOptions<BelticClientOptions>;

        var logs = host.Logs.All;
        Assert.Contains("/v1/credentials/ok", logs);            // the per-attempt log line is there…
        Assert.Contains("attempt 2", logs);                      // …including retries…
        Assert.DoesNotContain(TestHost.ApiKey, logs);            // …and never the key
        Assert.DoesNotContain(TestHost.ApiKey, denied.ToString());
        Assert.DoesNotContain(TestHost.ApiKey, down.ToString());
        Assert.DoesNotContain(TestHost.ApiKey, options!.Value.ToString());
        Assert.Contains("***", options.Value.ToString());
    }

    [Fact]
    public async Task Well_known_documents_live_at_the_host_root_and_send_no_key()
    {
        using var host = new TestHost();
        host.Server.Given(Request.Create().WithPath("/.well-known/jwks.json").UsingGet())
            .RespondWith(Response.Create().WithHeader("Cache-Control", "max-age=3600").WithBody("""{"keys":[{"kty":"EC","crv":"P-256","kid":"K8L9","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0","alg":"ES256","use":"sig","state":"active"}]}"""));

        var jwks = await host.Client.WellKnown.GetJwksAsync();

        var key = Assert.Single(jwks.Keys);
        Assert.Equal("K8L9", key.Kid);
        Assert.Equal("P-256", key.Crv);
        Assert.Equal("active", key.AdditionalProperties!["state"].GetString());
        Assert.Contains("\"K8L9\"", jwks.Json);
        Assert.Equal("max-age=3600", jwks.RawResponse!.Headers["Cache-Control"][0]);
        Assert.False(Json.HasHeader(host.SingleRequest(), "X-Api-Key"));
    }

    [Fact]
    public async Task Did_document_and_status_list_are_fetched_and_parsed()
    {
        using var host = new TestHost();
        host.Server.Given(Request.Create().WithPath("/.well-known/did.json").UsingGet()).RespondWith(Response.Create().WithBody("""
            {"@context":["https://www.w3.org/ns/did/v1"],"id":"did:web:beltic.com",
             "verificationMethod":[{"id":"did:web:beltic.com#K8L9","type":"JsonWebKey2020","controller":"did:web:beltic.com","publicKeyJwk":{"kty":"EC","crv":"P-256","kid":"K8L9","x":"x","y":"y"}}],
             "assertionMethod":["did:web:beltic.com#K8L9"]}
            """));
        host.Server.Given(Request.Create().WithPath("/.well-known/status-lists/v1").WithParam("org", "org_42").UsingGet()).RespondWith(Response.Create().WithBody("""
            {"type":["VerifiableCredential","StatusList2021Credential"],"credentialSubject":{"type":"StatusList2021","statusPurpose":"revocation","encodedList":"H4sIAAAA"}}
            """));

        var did = await host.Client.WellKnown.GetDidDocumentAsync();
        var list = await host.Client.WellKnown.GetStatusListAsync("org_42");

        Assert.Equal("did:web:beltic.com", did.Id);
        Assert.Equal("did:web:beltic.com#K8L9", Assert.Single(did.VerificationMethod).Id);
        Assert.Equal("K8L9", did.VerificationMethod[0].PublicKeyJwk!.Kid);
        Assert.Equal("H4sIAAAA", list.EncodedList);
        Assert.Contains("StatusList2021Credential", list.Content);
        Assert.All(host.Requests, r => Assert.False(Json.HasHeader(r, "X-Api-Key")));
    }
}
