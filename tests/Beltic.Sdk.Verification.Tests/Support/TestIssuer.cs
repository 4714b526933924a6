using System.Buffers.Text;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Beltic.Sdk.Verification.Tests.Support;

/// <summary>Mints real ES256 credentials and status lists for tests (a fresh P-256 key per instance).</summary>
public sealed class TestIssuer
{
    public const string Issuer = "did:web:beltic.com";
    public const string StatusUrl = "https://api.beltic.com/.well-known/status-lists/v1";
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public TestIssuer(string kid = "k1")
    {
        Kid = kid;
        Key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    }

    public string Kid { get; }

    public ECDsa Key { get; }

    public static string B64(byte[] bytes) => Base64Url.EncodeToString(bytes);

    public static string B64(string text) => B64(Encoding.UTF8.GetBytes(text));

    public static JsonObject Jwk(ECDsa key, string kid, string crv = "P-256")
    {
        var p = key.ExportParameters(false);
        return new JsonObject { ["kty"] = "EC", ["crv"] = crv, ["kid"] = kid, ["x"] = B64(p.Q.X!), ["y"] = B64(p.Q.Y!), ["alg"] = crv == "P-256" ? "ES256" : null, ["use"] = "sig" };
    }

    public string Jwks(params JsonObject[] extra)
    {
        var keys = new JsonArray(Jwk(Key, Kid));
        foreach (var e in extra)
        {
            keys.Add(e);
        }

        return new JsonObject { ["keys"] = keys }.ToJsonString();
    }

    /// <summary>A canonical §11.12 payload for the credential type, valid at <see cref="Now"/>.</summary>
    public static JsonObject Payload(string type = "agent_authorization", long statusIndex = 4287)
    {
        var subject = type switch
        {
            "business" => new JsonObject { ["id"] = "biz_widgetcorp", ["type"] = "organisation", ["jurisdiction"] = "US-DE", ["kyb_status"] = "approved" },
            "user" => new JsonObject { ["id"] = "usr_1", ["type"] = "person", ["kyc_status"] = "approved", ["trust_level"] = "idv_verified", ["id_document_type"] = "passport", ["id_document_country"] = "GB" },
            "outcome_attestation" => new JsonObject { ["id"] = "biz_widgetcorp", ["type"] = "organisation", ["attestation_type"] = "sanctions_screening", ["outcome"] = "passed" },
            _ => new JsonObject
            {
                ["id"] = "agent_widgetcorp_assistant", ["type"] = "agent",
                ["permissions"] = JsonNode.Parse("""[{"resource_type":"wallet","resource_id":"*","actions":["payment_authorize","checkout"],"conditions":[{"field":"transaction_amount","op":"lte","value":50000}]}]"""),
                ["authorized_currencies"] = new JsonArray("USD"),
                ["spend_limit"] = JsonNode.Parse("""{"amount":100000,"currency":"USD","period":"P1M"}"""),
            },
        };
        var typeName = type switch
        {
            "business" => "BusinessCredential",
            "user" => "UserCredential",
            "outcome_attestation" => "OutcomeAttestationCredential",
            _ => "AgentAuthorizationCredential",
        };
        var iat = Now.AddDays(-10).ToUnixTimeSeconds();
        return new JsonObject
        {
            ["iss"] = Issuer, ["sub"] = subject["id"]!.GetValue<string>(), ["jti"] = "urn:uuid:0b6e0001", ["iat"] = iat, ["nbf"] = iat,
            ["exp"] = Now.AddDays(80).ToUnixTimeSeconds(),
            ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2"),
            ["type"] = new JsonArray("VerifiableCredential", typeName),
            ["id"] = "urn:uuid:0b6e0001", ["issuer"] = Issuer,
            ["validFrom"] = Now.AddDays(-10).ToString("yyyy-MM-ddTHH:mm:ssZ"), ["validUntil"] = Now.AddDays(80).ToString("yyyy-MM-ddTHH:mm:ssZ"),
            ["credential_type"] = type,
            ["credentialSubject"] = subject,
            ["credentialStatus"] = new JsonObject
            {
                ["id"] = $"{StatusUrl}#{statusIndex}", ["type"] = "StatusList2021Entry", ["statusPurpose"] = "revocation",
                ["statusListIndex"] = statusIndex.ToString(System.Globalization.CultureInfo.InvariantCulture), ["statusListCredential"] = StatusUrl,
            },
        };
    }

    public string Header(string? typ = "vc+jwt", string alg = "ES256", string? kid = null)
    {
        var h = new JsonObject { ["alg"] = alg, ["kid"] = kid ?? Kid };
        if (typ is not null)
        {
            h["typ"] = typ;
        }

        return h.ToJsonString();
    }

    /// <summary>Signs raw header and payload JSON text exactly as given.</summary>
    public string SignRaw(string headerJson, string payloadJson, ECDsa? key = null)
    {
        var input = B64(headerJson) + "." + B64(payloadJson);
        var sig = (key ?? Key).SignData(Encoding.ASCII.GetBytes(input), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return input + "." + B64(sig);
    }

    public string Sign(JsonObject payload, string? header = null) => SignRaw(header ?? Header(), payload.ToJsonString());

    /// <summary>gzip + base64url of a list of <paramref name="bytes"/> bytes with the given indices set, MSB-first.</summary>
    public static string EncodedList(int bytes = 16_384, params long[] set)
    {
        var bits = new byte[bytes];
        foreach (var i in set)
        {
            bits[i / 8] |= (byte)(0x80 >> (int)(i % 8));
        }

        return B64(Gzip(bits));
    }

    public static byte[] Gzip(byte[] data)
    {
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Optimal))
        {
            gz.Write(data);
        }

        return ms.ToArray();
    }

    public static string StatusList(string encodedList, string purpose = "revocation")
        => new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2"),
            ["type"] = new JsonArray("VerifiableCredential", "StatusList2021Credential"),
            ["issuer"] = Issuer,
            ["credentialSubject"] = new JsonObject { ["type"] = "StatusList2021", ["statusPurpose"] = purpose, ["encodedList"] = encodedList },
        }.ToJsonString();
}
