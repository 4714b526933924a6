using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Beltic.Testing.Hosting;

namespace Beltic.Testing.Credentials;

/// <summary>Signs credentials as Beltic does: ES256 compact JWS, header <c>{alg, kid, typ: vc+jwt}</c>, the §11.12 payload.</summary>
internal static class CredentialSigner
{
    public static string Sign(FakeState state, StoredCredential credential, string statusListUrl)
    {
        var header = new JsonObject { ["alg"] = "ES256", ["kid"] = state.Options.SigningKeyId, ["typ"] = "vc+jwt" };
        var subject = (JsonObject)credential.Subject.DeepClone();
        foreach (var (name, value) in credential.Claims)
        {
            subject[name] = value?.DeepClone();
        }

        var urn = "urn:uuid:" + Guid.NewGuid().ToString();
        var payload = new JsonObject
        {
            ["iss"] = state.Options.Issuer,
            ["sub"] = credential.SubjectId,
            ["jti"] = urn,
            ["iat"] = credential.IssuedAt.ToUnixTimeSeconds(),
            ["nbf"] = credential.IssuedAt.ToUnixTimeSeconds(),
            ["exp"] = credential.ExpiresAt.ToUnixTimeSeconds(),
            ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2"),
            ["type"] = new JsonArray("VerifiableCredential", TypeName(credential.Type)),
            ["id"] = urn,
            ["issuer"] = state.Options.Issuer,
            ["validFrom"] = FakeHttp.Iso(credential.IssuedAt),
            ["validUntil"] = FakeHttp.Iso(credential.ExpiresAt),
            ["credential_type"] = credential.Type,
            ["credentialSubject"] = subject,
            ["credentialStatus"] = new JsonObject
            {
                ["id"] = $"{statusListUrl}#{credential.StatusListIndex}",
                ["type"] = "StatusList2021Entry",
                ["statusPurpose"] = "revocation",
                ["statusListIndex"] = credential.StatusListIndex.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["statusListCredential"] = statusListUrl,
            },
        };
        if (credential.Evidence.Count > 0)
        {
            payload["evidence"] = new JsonArray(credential.Evidence.Select(e => (JsonNode)new JsonObject
            {
                ["id"] = "evidence:" + e.Id,
                ["type"] = new JsonArray("Evidence"),
                ["digestSRI"] = "sha256-" + e.Sha256Base64,
            }).ToArray());
        }

        var input = B64(header.ToJsonString()) + "." + B64(payload.ToJsonString());
        var signature = state.SigningKey.SignData(Encoding.ASCII.GetBytes(input), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return input + "." + Base64Url.EncodeToString(signature);
    }

    /// <summary>The public JWKS of the signing key.</summary>
    public static string Jwks(FakeState state)
    {
        var q = state.SigningKey.ExportParameters(false).Q;
        return new JsonObject
        {
            ["keys"] = new JsonArray(new JsonObject
            {
                ["kty"] = "EC", ["crv"] = "P-256", ["kid"] = state.Options.SigningKeyId,
                ["x"] = Base64Url.EncodeToString(q.X!), ["y"] = Base64Url.EncodeToString(q.Y!), ["alg"] = "ES256", ["use"] = "sig",
            }),
        }.ToJsonString();
    }

    public static string TypeName(string credentialType) => credentialType switch
    {
        "business" => "BusinessCredential",
        "user" => "UserCredential",
        "agent_authorization" => "AgentAuthorizationCredential",
        _ => "OutcomeAttestationCredential",
    };

    private static string B64(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));
}
