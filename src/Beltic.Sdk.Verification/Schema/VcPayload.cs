using System.Text.Json;

namespace Beltic.Verification.Schema;

/// <summary>Views of the payload: the VC object (top level for VC 2.0, the <c>vc</c> claim for VC 1.1) and its parts.</summary>
internal static class VcPayload
{
    public const string V2Context = "https://www.w3.org/ns/credentials/v2";
    public const string V1Context = "https://www.w3.org/2018/credentials/v1";

    /// <summary>The object holding the credential: the <c>vc</c> claim when present as an object, else the payload.</summary>
    public static JsonElement Vc(JsonElement payload)
        => payload.TryGetProperty("vc"u8, out var vc) && vc.ValueKind == JsonValueKind.Object ? vc : payload;

    public static string? String(JsonElement obj, string name)
        => obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>The issuer id of a VC <c>issuer</c> member: the string itself or <c>issuer.id</c>; null for any other shape.</summary>
    public static string? IssuerId(JsonElement issuer) => issuer.ValueKind switch
    {
        JsonValueKind.String => issuer.GetString(),
        JsonValueKind.Object => String(issuer, "id"),
        _ => null,
    };

    /// <summary>Step 2's issuer: <c>iss</c> and the VC <c>issuer</c> (string or <c>issuer.id</c>) must agree.</summary>
    public static StepFailure? ReadIssuer(JsonElement payload, JsonElement vc, out string? issuer)
    {
        issuer = null;
        string? vcIssuer = null;
        if (vc.TryGetProperty("issuer"u8, out var i))
        {
            vcIssuer = IssuerId(i);
            if (vcIssuer is null)
            {
                return StepFailure.InvalidClaims("'issuer' must be a string or an object with a string 'id'.");
            }
        }

        string? iss = null;
        if (payload.TryGetProperty("iss"u8, out var issEl))
        {
            if (issEl.ValueKind != JsonValueKind.String)
            {
                return StepFailure.InvalidClaims("'iss' must be a string.");
            }

            iss = issEl.GetString();
        }

        if (iss is not null && vcIssuer is not null && !string.Equals(iss, vcIssuer, StringComparison.Ordinal))
        {
            return StepFailure.InvalidClaims($"'iss' ({Jose.JwsParser.Safe(iss)}) and the credential's issuer ({Jose.JwsParser.Safe(vcIssuer)}) differ.");
        }

        issuer = iss ?? vcIssuer;
        return issuer is { Length: > 0 } ? null : StepFailure.InvalidClaims("The credential names no issuer ('iss' or 'issuer').");
    }

    /// <summary>The first (or only) credentialSubject object.</summary>
    public static JsonElement? Subject(JsonElement vc)
    {
        if (!vc.TryGetProperty("credentialSubject"u8, out var s))
        {
            return null;
        }

        return s.ValueKind switch
        {
            JsonValueKind.Object => s,
            JsonValueKind.Array when s.GetArrayLength() > 0 && s[0].ValueKind == JsonValueKind.Object => s[0],
            _ => null,
        };
    }

    /// <summary>The claims: a nested <c>credentialSubject.claims</c> object, else <c>credentialSubject</c> itself.</summary>
    public static JsonElement? Claims(JsonElement? subject)
        => subject is { } s && s.TryGetProperty("claims"u8, out var c) && c.ValueKind == JsonValueKind.Object ? c : subject;

    /// <summary>A claim from the claims object, falling back to the subject.</summary>
    public static bool TryClaim(JsonElement? claims, JsonElement? subject, string name, out JsonElement value)
    {
        value = default;
        return (claims is { } c && c.TryGetProperty(name, out value)) || (subject is { } s && s.TryGetProperty(name, out value));
    }

    /// <summary>The Beltic credential type from <c>credential_type</c>, or from a <c>type</c> entry.</summary>
    public static string? CredentialType(JsonElement payload, JsonElement vc, bool vc11)
    {
        if ((String(payload, "credential_type") ?? (vc11 ? String(vc, "credential_type") : null)) is { } explicitType)
        {
            return explicitType;
        }

        if (!vc.TryGetProperty("type"u8, out var types))
        {
            return null;
        }

        foreach (var t in types.ValueKind == JsonValueKind.Array ? types.EnumerateArray() : Enumerable.Repeat(types, 1))
        {
            if (t.ValueKind != JsonValueKind.String)
            {
                continue;
            }

            switch (t.GetString())
            {
                case "BusinessCredential": return "business";
                case "UserCredential": return "user";
                case "AgentAuthorizationCredential": return "agent_authorization";
                case "OutcomeAttestationCredential": return "outcome_attestation";
            }
        }

        return null;
    }
}
