using System.Text.Json;

namespace Beltic.Verification.Schema;

/// <summary>
/// The data model of a payload and the members read through it. Every step (and the status-list reader) reads the
/// credential through the one object <see cref="Detect"/> picks, so two copies of a fact can never be read selectively.
/// </summary>
internal static class VcPayload
{
    public const string V2Context = "https://www.w3.org/ns/credentials/v2";
    public const string V1Context = "https://www.w3.org/2018/credentials/v1";

    // VC members a VC 1.1 JWT keeps inside `vc`: at the top level as well they would be a second, competing copy.
    private static readonly string[] VcMembers =
    [
        "@context", "type", "id", "issuer", "credentialSubject", "credentialStatus", "validFrom", "validUntil", "issuanceDate",
        "expirationDate", "evidence", "credentialSchema", "termsOfUse", "refreshService", "proof", "encodedList",
    ];

    /// <summary>
    /// VC 2.0 when the top-level <c>@context</c> starts with the v2 context; else VC 1.1 when <c>vc</c> is an object
    /// whose <c>@context</c> starts with the v1 context; else unrecognised. <paramref name="vc"/> is the object holding
    /// the credential: the payload for VC 2.0, the <c>vc</c> claim for VC 1.1 (and for an unrecognised payload that has
    /// one, so that earlier steps read something deterministic before the schema step rejects it).
    /// </summary>
    public static VcDataModel Detect(JsonElement payload, out JsonElement vc)
    {
        if (FirstContextIs(payload, V2Context))
        {
            vc = payload;
            return VcDataModel.Vc20;
        }

        var hasVc = payload.TryGetProperty("vc"u8, out var inner) && inner.ValueKind == JsonValueKind.Object;
        vc = hasVc ? inner : payload;
        return hasVc && FirstContextIs(inner, V1Context) ? VcDataModel.Vc11 : VcDataModel.Unrecognised;
    }

    /// <summary>Why the payload holds two competing copies of the credential under <paramref name="model"/>; null when it does not.</summary>
    public static string? ModelConflict(JsonElement payload, VcDataModel model)
    {
        if (model == VcDataModel.Vc20)
        {
            if (payload.TryGetProperty("vc"u8, out _) || payload.TryGetProperty("vp"u8, out _))
            {
                return "A VC 2.0 JWT (top-level @context " + V2Context + ") must not carry a 'vc' or 'vp' claim (VC-JOSE-COSE).";
            }

            // VC 1.1's validity members are not part of VC 2.0; honouring or ignoring them would both be a guess.
            foreach (var name in (ReadOnlySpan<string>)["issuanceDate", "expirationDate"])
            {
                if (payload.TryGetProperty(name, out _))
                {
                    return $"'{name}' is a VC 1.1 member; a VC 2.0 credential states its validity in validFrom / validUntil.";
                }
            }
        }

        if (model == VcDataModel.Vc11)
        {
            foreach (var name in VcMembers)
            {
                if (payload.TryGetProperty(name, out _))
                {
                    return $"A VC 1.1 JWT keeps the credential in 'vc'; '{name}' must not also appear at the top level.";
                }
            }
        }

        return null;
    }

    public static string? String(JsonElement obj, string name)
        => obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>The issuer id of a VC <c>issuer</c> member: the string itself or <c>issuer.id</c>; null for any other shape.</summary>
    public static string? IssuerId(JsonElement issuer) => issuer.ValueKind switch
    {
        JsonValueKind.String => issuer.GetString(),
        JsonValueKind.Object => String(issuer, "id"),
        _ => null,
    };

    /// <summary>
    /// The issuer under <paramref name="model"/>: VC 2.0 requires <c>issuer</c> (<c>iss</c>, when present, must equal
    /// it); otherwise <c>iss</c> or the VC <c>issuer</c>, which must agree when both are present. A failure is an
    /// inconsistency or a missing VC 2.0 issuer; <paramref name="issuer"/> is null (and no failure) when a non-2.0
    /// document names none — the caller decides whether that is acceptable.
    /// </summary>
    public static string? ReadIssuer(JsonElement payload, JsonElement vc, VcDataModel model, out string? issuer)
    {
        issuer = null;
        string? vcIssuer = null;
        if (vc.TryGetProperty("issuer"u8, out var i))
        {
            vcIssuer = IssuerId(i);
            if (string.IsNullOrEmpty(vcIssuer))
            {
                return "'issuer' must be a non-empty string or an object with a non-empty string 'id'.";
            }
        }
        else if (model == VcDataModel.Vc20)
        {
            return "A VC 2.0 credential must name its 'issuer' (the 'iss' claim alone is not enough).";
        }

        string? iss = null;
        if (payload.TryGetProperty("iss"u8, out var issEl))
        {
            iss = issEl.ValueKind == JsonValueKind.String ? issEl.GetString() : null;
            if (string.IsNullOrEmpty(iss))
            {
                return "'iss' must be a non-empty string.";
            }
        }

        if (iss is not null && vcIssuer is not null && !string.Equals(iss, vcIssuer, StringComparison.Ordinal))
        {
            return $"'iss' ({Jose.JwsParser.Safe(iss)}) and the credential's issuer ({Jose.JwsParser.Safe(vcIssuer)}) differ.";
        }

        issuer = vcIssuer ?? iss;
        return null;
    }

    /// <summary>The one <c>credentialSubject</c> object (a one-element array is accepted); null for any other shape.</summary>
    public static JsonElement? Subject(JsonElement vc)
    {
        if (!vc.TryGetProperty("credentialSubject"u8, out var s))
        {
            return null;
        }

        return s.ValueKind switch
        {
            JsonValueKind.Object => s,
            JsonValueKind.Array when s.GetArrayLength() == 1 && s[0].ValueKind == JsonValueKind.Object => s[0],
            _ => null,
        };
    }

    public static bool FirstContextIs(JsonElement obj, string expected)
        => obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty("@context"u8, out var ctx) && ctx.ValueKind == JsonValueKind.Array
            && ctx.GetArrayLength() > 0 && ctx[0].ValueKind == JsonValueKind.String && ctx[0].ValueEquals(expected);
}
