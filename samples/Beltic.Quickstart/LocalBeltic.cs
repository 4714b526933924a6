using System.Buffers.Text;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Beltic.Quickstart;

/// <summary>
/// A stand-in for api.beltic.com on 127.0.0.1 (WireMock.Net): it signs credentials with its own throw-away P-256 key,
/// publishes that key as a JWKS and keeps a status list. No account, no network. (A later release ships an in-process
/// fake server with the SDK; until then this stub lives in the sample.)
/// </summary>
internal sealed class LocalBeltic : IDisposable
{
    private const string Kid = "quickstart-key-1";
    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public LocalBeltic()
    {
        Server = WireMockServer.Start(); // binds to localhost on a free port
        Url = Server.Url!;
    }

    public WireMockServer Server { get; }

    public string Url { get; }

    public string StatusListUrl => Url + "/.well-known/status-lists/v1";

    public void Start(string credentialId, long statusIndex)
    {
        var now = DateTimeOffset.UtcNow;
        var jwt = SignCredential(now, statusIndex);
        var credential = new JsonObject
        {
            ["id"] = credentialId, ["credential_id"] = credentialId, ["credential_type"] = "agent_authorization", ["status"] = "active",
            ["subject"] = new JsonObject { ["id"] = "agent_widgetcorp_assistant", ["type"] = "agent" },
            ["issuer_did"] = "did:web:beltic.com", ["status_list_index"] = statusIndex, ["kid"] = Kid, ["signed_payload"] = jwt,
            ["issued_at"] = now.ToString("O"), ["expires_at"] = now.AddDays(90).ToString("O"), ["created_via"] = "api",
        };

        // Issue: the first attempt is rate-limited, to show the SDK's retry honouring Retry-After.
        Server.Given(Request.Create().WithPath("/v1/credentials").UsingPost()).InScenario("issue").WillSetStateTo("ok")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "1").WithBodyAsJson(new { error = new { code = "rate_limited", message = "Too many requests" } }));
        Server.Given(Request.Create().WithPath("/v1/credentials").UsingPost()).InScenario("issue").WhenStateIs("ok")
            .RespondWith(Response.Create().WithStatusCode(201).WithHeader("X-Request-Id", "req_quickstart_1").WithHeader("Content-Type", "application/json").WithBody(credential.ToJsonString()));

        Server.Given(Request.Create().WithPath("/.well-known/jwks.json").UsingGet())
            .RespondWith(Response.Create().WithHeader("Cache-Control", "max-age=3600").WithHeader("Content-Type", "application/json").WithBody(Jwks()));

        // The status list: clear until the credential is revoked, then its bit is set.
        var clearList = StatusList();
        var revokedList = StatusList(statusIndex);
        Server.Given(Request.Create().WithPath("/.well-known/status-lists/v1").UsingGet())
            .RespondWith(Response.Create().WithCallback(_ => Json(200, _revoked ? revokedList : clearList)));

        var revoked = credential.DeepClone().AsObject();
        revoked["status"] = "revoked";
        revoked["revoked_at"] = now.ToString("O");
        revoked["revocation_reason"] = "user_request";
        var revokedJson = revoked.ToJsonString();
        Server.Given(Request.Create().WithPath($"/v1/credentials/{credentialId}/revoke").UsingPost())
            .RespondWith(Response.Create().WithCallback(_ =>
            {
                if (_revoked)
                {
                    return Json(409, """{"error":{"code":"conflict","message":"Credential is not active"}}""");
                }

                _revoked = true;
                return Json(200, revokedJson);
            }));
    }

    private volatile bool _revoked;

    private static WireMock.ResponseMessage Json(int status, string body) => new()
    {
        StatusCode = status,
        Headers = new Dictionary<string, WireMock.Types.WireMockList<string>> { ["Content-Type"] = new("application/json") },
        BodyData = new WireMock.Util.BodyData { BodyAsString = body, DetectedBodyType = WireMock.Types.BodyType.String },
    };

    private string SignCredential(DateTimeOffset now, long statusIndex)
    {
        var payload = new JsonObject
        {
            ["iss"] = "did:web:beltic.com", ["sub"] = "agent_widgetcorp_assistant", ["jti"] = "urn:uuid:" + Guid.NewGuid(),
            ["iat"] = now.ToUnixTimeSeconds(), ["nbf"] = now.ToUnixTimeSeconds(), ["exp"] = now.AddDays(90).ToUnixTimeSeconds(),
            ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2"),
            ["type"] = new JsonArray("VerifiableCredential", "AgentAuthorizationCredential"),
            ["issuer"] = "did:web:beltic.com", ["validFrom"] = now.ToString("yyyy-MM-ddTHH:mm:ssZ"), ["validUntil"] = now.AddDays(90).ToString("yyyy-MM-ddTHH:mm:ssZ"),
            ["credential_type"] = "agent_authorization",
            ["credentialSubject"] = JsonNode.Parse("""
                { "id": "agent_widgetcorp_assistant", "type": "agent",
                  "permissions": [ { "resource_type": "wallet", "resource_id": "*", "actions": ["payment_authorize", "checkout"],
                                     "conditions": [ { "field": "transaction_amount", "op": "lte", "value": 50000 } ] } ],
                  "authorized_currencies": ["USD"], "spend_limit": { "amount": 100000, "currency": "USD", "period": "P1M" } }
                """),
            ["credentialStatus"] = new JsonObject
            {
                ["id"] = $"{StatusListUrl}#{statusIndex}", ["type"] = "StatusList2021Entry", ["statusPurpose"] = "revocation",
                ["statusListIndex"] = statusIndex.ToString(System.Globalization.CultureInfo.InvariantCulture), ["statusListCredential"] = StatusListUrl,
            },
        };
        var input = B64(Encoding.UTF8.GetBytes($$"""{"alg":"ES256","kid":"{{Kid}}","typ":"vc+jwt"}""")) + "." + B64(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        var signature = _key.SignData(Encoding.ASCII.GetBytes(input), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return input + "." + B64(signature);
    }

    private string Jwks()
    {
        var q = _key.ExportParameters(false).Q;
        return new JsonObject { ["keys"] = new JsonArray(new JsonObject { ["kty"] = "EC", ["crv"] = "P-256", ["kid"] = Kid, ["x"] = B64(q.X!), ["y"] = B64(q.Y!), ["alg"] = "ES256", ["use"] = "sig" }) }.ToJsonString();
    }

    private static string StatusList(long? revokedIndex = null)
    {
        var bits = new byte[16_384];
        if (revokedIndex is { } i)
        {
            bits[i / 8] |= (byte)(0x80 >> (int)(i % 8));
        }

        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Optimal))
        {
            gz.Write(bits);
        }

        return new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2"),
            ["type"] = new JsonArray("VerifiableCredential", "StatusList2021Credential"),
            ["issuer"] = "did:web:beltic.com",
            ["credentialSubject"] = new JsonObject { ["type"] = "StatusList2021", ["statusPurpose"] = "revocation", ["encodedList"] = B64(ms.ToArray()) },
        }.ToJsonString();
    }

    private static string B64(byte[] bytes) => Base64Url.EncodeToString(bytes);

    public void Dispose()
    {
        Server.Stop();
        Server.Dispose();
        _key.Dispose();
    }
}
