// Native AOT smoke test: exercises the SDK's serialisation, pipeline and verifier paths in a trimmed, AOT-compiled
// binary. It talks to nothing: the API calls go to an in-process handler that answers like Beltic.
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Beltic;
using Beltic.Credentials;
using Beltic.Verification;
using Beltic.Verification.Keys;
using Microsoft.Extensions.DependencyInjection;

var services = new ServiceCollection();
services.AddBeltic(o => { o.ApiKey = "sk_staging_aot_smoke_key"; o.BaseAddress = new Uri("https://api.beltic.test/v1"); })
    .ConfigureHttpClients(h => h.ConfigurePrimaryHttpMessageHandler(() => new Answering()));
using var provider = services.BuildServiceProvider();
var beltic = provider.GetRequiredService<BelticClient>();

var credential = await beltic.Credentials.GetAsync("cred_aot");
var page = await beltic.Identity.Accounts.ListAsync();
var events = await beltic.Audit.Events.ListAsync();
var run = await beltic.Workflows.ExecuteAsync(new Beltic.Workflows.WorkflowExecuteOptions("wf_1"));
var business = await beltic.Businesses.GetAsync("biz_1");

using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
var q = key.ExportParameters(false).Q;
var jwks = $$"""{"keys":[{"kty":"EC","crv":"P-256","kid":"k1","x":"{{B64(q.X!)}}","y":"{{B64(q.Y!)}}"}]}""";
var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
var payload = $$$"""{"iss":"did:web:beltic.com","sub":"biz_1","iat":{{{now}}},"exp":{{{now + 3600}}},"@context":["https://www.w3.org/ns/credentials/v2"],"type":["VerifiableCredential","BusinessCredential"],"issuer":"did:web:beltic.com","credentialSubject":{"id":"biz_1","jurisdiction":"GB"}}""";
var input = B64(Encoding.UTF8.GetBytes("""{"alg":"ES256","kid":"k1","typ":"vc+jwt"}""")) + "." + B64(Encoding.UTF8.GetBytes(payload));
var jwt = input + "." + B64(key.SignData(Encoding.ASCII.GetBytes(input), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
var verdict = await new CredentialVerifier(StaticJwksProvider.FromJson(jwks)).VerifyAsync(jwt);

var ok = credential.Id == "cred_aot" && page.Items.Count == 1 && events.Items.Count == 0 && run.IsPaused && business.IsRegistered == true && verdict.IsValid;
Console.WriteLine(ok ? "AOT smoke: ok" : $"AOT smoke: FAILED ({credential.Id}, {page.Items.Count}, {events.Items.Count}, {run.Status}, {business.IsRegistered}, {verdict})");
return ok ? 0 : 1;

static string B64(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

internal sealed class Answering : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        var body = path switch
        {
            "/v1/credentials/cred_aot" => """{"id":"cred_aot","credential_type":"business","status":"active","subject":{"id":"biz_1","type":"organisation"},"claims":{"jurisdiction":"GB"}}""",
            "/v1/identity/accounts" => """{"data":[{"type":"account","id":"acc_1","attributes":{"external_id":"u1","status":"active"}}],"meta":{"page":{"hasNextPage":false}}}""",
            "/v1/audit/events" => """{"events":[],"next_cursor":null}""",
            "/v1/workflows/execute" => """{"success":true,"status":"paused","executionId":"exec_1","output":{},"pausePoints":[{"blockId":"review"}],"logs":[]}""",
            "/v1/businesses/biz_1" => """{"data":{"type":"business","id":"biz_1","attributes":{"is_registered":true,"official_name":"ACME LTD","status":"active"}}}""",
            _ => """{"error":{"code":"not_found","message":"no such route"}}""",
        };
        var status = body.Contains("not_found", StringComparison.Ordinal) ? HttpStatusCode.NotFound
            : path == "/v1/workflows/execute" ? HttpStatusCode.Accepted : HttpStatusCode.OK;
        return Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json"), RequestMessage = request });
    }
}
