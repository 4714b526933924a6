using System.Text.Json;

namespace Beltic.Verification.Schema;

/// <summary>
/// Step 5: VC 2.0 (or VC 1.1 <c>vc</c>-claim) structure, then the Beltic credential-type schema (§11.13), so a correctly
/// signed token with a wrong claim shape still fails.
/// </summary>
internal static class SchemaValidator
{
    private static readonly string[] TrustLevels = ["self_attested", "liveness_verified", "idv_verified", "enterprise_verified"];

    public static StepFailure? Validate(JsonElement payload, VerifiedCredential credential)
    {
        var v2 = !credential.IsVc11 && FirstContextIs(payload, VcPayload.V2Context);
        JsonElement vc;
        if (v2)
        {
            if (payload.TryGetProperty("vp"u8, out _))
            {
                return StepFailure.InvalidClaims("A VC 2.0 JWT must not carry 'vc' or 'vp' claims.");
            }

            vc = payload;
        }
        else if (credential.IsVc11 && FirstContextIs(credential.VcObject, VcPayload.V1Context))
        {
            vc = credential.VcObject;
        }
        else if (credential.IsVc11 && FirstContextIs(payload, VcPayload.V2Context))
        {
            return StepFailure.InvalidClaims("A VC 2.0 JWT must not carry 'vc' or 'vp' claims.");
        }
        else
        {
            return StepFailure.InvalidClaims($"'@context' must start with {VcPayload.V2Context} (or, in a 'vc' claim, {VcPayload.V1Context}).");
        }

        if (!vc.TryGetProperty("type"u8, out var type) || !Contains(type, "VerifiableCredential"))
        {
            return StepFailure.InvalidClaims("'type' must include VerifiableCredential.");
        }

        var subject = VcPayload.Subject(vc);
        if (subject is null)
        {
            return StepFailure.InvalidClaims("'credentialSubject' must be an object (or a non-empty array of objects).");
        }

        var subjectId = VcPayload.String(subject.Value, "id");
        if (string.IsNullOrEmpty(subjectId))
        {
            return StepFailure.InvalidClaims("'credentialSubject.id' must be a non-empty string.");
        }

        if (VcPayload.String(payload, "sub") is { } sub && sub != subjectId)
        {
            return StepFailure.InvalidClaims("'sub' and 'credentialSubject.id' differ.");
        }

        var id = VcPayload.String(vc, "id");
        if (VcPayload.String(payload, "jti") is { } jti)
        {
            if (id is not null && id != jti)
            {
                return StepFailure.InvalidClaims("'jti' and the credential 'id' differ.");
            }

            id = jti;
        }

        if (vc.TryGetProperty("credentialStatus"u8, out var status) && !AllObjectsWithType(status))
        {
            return StepFailure.InvalidClaims("'credentialStatus' must be an object (or array of objects) with a 'type'.");
        }

        var claims = VcPayload.Claims(subject);
        credential.Id = id;
        credential.SubjectId = subjectId;
        credential.Subject = subject;
        credential.Claims = claims;
        credential.CredentialType = VcPayload.CredentialType(payload, vc, credential.IsVc11);

        return credential.CredentialType switch
        {
            "business" => RequireString(claims, subject, "jurisdiction"),
            "user" => User(claims, subject),
            "agent_authorization" => Agent(claims, subject),
            "outcome_attestation" => RequireString(claims, subject, "attestation_type"),
            null => StepFailure.InvalidClaims("The credential type could not be determined ('credential_type' or a Beltic 'type' entry)."),
            var other => StepFailure.InvalidClaims($"Unknown credential type '{Jose.JwsParser.Safe(other)}'."),
        };
    }

    private static StepFailure? User(JsonElement? claims, JsonElement? subject)
    {
        if (RequireString(claims, subject, "kyc_status") is { } f)
        {
            return f;
        }

        if (VcPayload.TryClaim(claims, subject, "trust_level", out var trust) &&
            (trust.ValueKind != JsonValueKind.String || !TrustLevels.Contains(trust.GetString())))
        {
            return StepFailure.InvalidClaims("'trust_level' must be one of " + string.Join(", ", TrustLevels) + ".");
        }

        if (VcPayload.TryClaim(claims, subject, "id_document_type", out var docType) && docType.ValueKind != JsonValueKind.Null)
        {
            if (docType.ValueKind != JsonValueKind.String)
            {
                return StepFailure.InvalidClaims("'id_document_type' must be a string.");
            }

            return RequireString(claims, subject, "id_document_country", "is required when 'id_document_type' is present");
        }

        return null;
    }

    private static StepFailure? Agent(JsonElement? claims, JsonElement? subject)
    {
        if (!VcPayload.TryClaim(claims, subject, "permissions", out var perms) || perms.ValueKind != JsonValueKind.Array || perms.GetArrayLength() == 0)
        {
            return StepFailure.InvalidClaims("'permissions' must be a non-empty array.");
        }

        var i = 0;
        foreach (var p in perms.EnumerateArray())
        {
            var at = new PermissionPath(i++);
            if (p.ValueKind != JsonValueKind.Object)
            {
                return StepFailure.InvalidClaims($"{at} must be an object.");
            }

            if (VcPayload.String(p, "resource_type") is not { Length: > 0 })
            {
                return StepFailure.InvalidClaims($"{at}.resource_type must be a non-empty string.");
            }

            if (p.TryGetProperty("resource_id"u8, out var rid) && rid.ValueKind != JsonValueKind.String)
            {
                return StepFailure.InvalidClaims($"{at}.resource_id must be a string.");
            }

            if (!p.TryGetProperty("actions"u8, out var actions) || actions.ValueKind != JsonValueKind.Array || actions.GetArrayLength() == 0 || !AllNonEmptyStrings(actions))
            {
                return StepFailure.InvalidClaims($"{at}.actions must be a non-empty array of non-empty strings.");
            }

            if (p.TryGetProperty("conditions"u8, out var conditions))
            {
                if (conditions.ValueKind != JsonValueKind.Array)
                {
                    return StepFailure.InvalidClaims($"{at}.conditions must be an array.");
                }

                foreach (var c in conditions.EnumerateArray())
                {
                    if (c.ValueKind != JsonValueKind.Object || VcPayload.String(c, "field") is null ||
                        (VcPayload.String(c, "op") ?? VcPayload.String(c, "operator")) is null || !c.TryGetProperty("value"u8, out _))
                    {
                        return StepFailure.InvalidClaims($"{at}.conditions entries need 'field', 'op' (or 'operator') and 'value'.");
                    }
                }
            }
        }

        if (VcPayload.TryClaim(claims, subject, "authorized_currencies", out var cur) &&
            (cur.ValueKind != JsonValueKind.Array || !AllNonEmptyStrings(cur)))
        {
            return StepFailure.InvalidClaims("'authorized_currencies' must be an array of strings.");
        }

        if (VcPayload.TryClaim(claims, subject, "spend_limit", out var limit) &&
            (limit.ValueKind != JsonValueKind.Object || !limit.TryGetProperty("amount"u8, out var amount) || amount.ValueKind != JsonValueKind.Number))
        {
            return StepFailure.InvalidClaims("'spend_limit' must be an object with a numeric 'amount'.");
        }

        return null;
    }

    /// <summary>Formats "permissions[i]" only when a message needs it.</summary>
    private readonly record struct PermissionPath(int Index)
    {
        public override string ToString() => $"permissions[{Index}]";
    }

    private static bool AllNonEmptyStrings(JsonElement array)
    {
        foreach (var a in array.EnumerateArray())
        {
            if (a.ValueKind != JsonValueKind.String || a.ValueEquals(""u8))
            {
                return false;
            }
        }

        return true;
    }

    private static StepFailure? RequireString(JsonElement? claims, JsonElement? subject, string name, string why = "is required")
        => VcPayload.TryClaim(claims, subject, name, out var v) && v.ValueKind == JsonValueKind.String
            ? null
            : StepFailure.InvalidClaims($"'{name}' must be a string and {why}.");

    private static bool FirstContextIs(JsonElement obj, string expected)
        => obj.TryGetProperty("@context"u8, out var ctx) && ctx.ValueKind == JsonValueKind.Array && ctx.GetArrayLength() > 0 && ctx[0].ValueKind == JsonValueKind.String
            && ctx[0].ValueEquals(expected);

    private static bool Contains(JsonElement value, string s)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return value.ValueEquals(s);
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var v in value.EnumerateArray())
            {
                if (v.ValueKind == JsonValueKind.String && v.ValueEquals(s))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool AllObjectsWithType(JsonElement status) => status.ValueKind switch
    {
        JsonValueKind.Object => status.TryGetProperty("type"u8, out _),
        JsonValueKind.Array => status.EnumerateArray().All(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("type"u8, out _)),
        _ => false,
    };
}
