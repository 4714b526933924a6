using System.Text.Json;

namespace Beltic.Verification.Schema;

/// <summary>
/// The minimum Beltic schema per credential type (§11.13): a present member of the wrong JSON type also fails. Reads
/// the one claims object the caller also sees (<see cref="VerifiedCredential.Claims"/>).
/// </summary>
internal static class ClaimSchemas
{
    private static readonly string[] TrustLevels = ["self_attested", "liveness_verified", "idv_verified", "enterprise_verified"];

    public static StepFailure? Validate(string? credentialType, JsonElement claims) => credentialType switch
    {
        "business" => RequireString(claims, "jurisdiction"),
        "user" => User(claims),
        "agent_authorization" => Agent(claims),
        "outcome_attestation" => RequireString(claims, "attestation_type"),
        null => StepFailure.InvalidClaims("The credential type could not be determined ('credential_type' or a Beltic 'type' entry)."),
        var other => StepFailure.InvalidClaims($"Unknown credential type '{Jose.JwsParser.Safe(other)}'."),
    };

    private static StepFailure? User(JsonElement claims)
    {
        if (RequireString(claims, "kyc_status") is { } f)
        {
            return f;
        }

        if (claims.TryGetProperty("trust_level", out var trust) &&
            (trust.ValueKind != JsonValueKind.String || !TrustLevels.Contains(trust.GetString())))
        {
            return StepFailure.InvalidClaims("'trust_level' must be one of " + string.Join(", ", TrustLevels) + ".");
        }

        if (claims.TryGetProperty("id_document_type", out var docType) && docType.ValueKind != JsonValueKind.Null)
        {
            if (docType.ValueKind != JsonValueKind.String)
            {
                return StepFailure.InvalidClaims("'id_document_type' must be a string.");
            }

            return RequireString(claims, "id_document_country", "is required when 'id_document_type' is present");
        }

        return null;
    }

    private static StepFailure? Agent(JsonElement claims)
    {
        if (!claims.TryGetProperty("permissions", out var perms) || perms.ValueKind != JsonValueKind.Array || perms.GetArrayLength() == 0)
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

        if (claims.TryGetProperty("authorized_currencies", out var cur) &&
            (cur.ValueKind != JsonValueKind.Array || !AllNonEmptyStrings(cur)))
        {
            return StepFailure.InvalidClaims("'authorized_currencies' must be an array of strings.");
        }

        if (claims.TryGetProperty("spend_limit", out var limit) &&
            (limit.ValueKind != JsonValueKind.Object || !limit.TryGetProperty("amount"u8, out var amount) || amount.ValueKind != JsonValueKind.Number ||
             !amount.TryGetDecimal(out _) || (limit.TryGetProperty("currency"u8, out var currency) && currency.ValueKind != JsonValueKind.String)))
        {
            return StepFailure.InvalidClaims("'spend_limit' must be an object with a numeric 'amount' (in minor units) and, if present, a string 'currency'.");
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

    private static StepFailure? RequireString(JsonElement claims, string name, string why = "is required")
        => claims.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            ? null
            : StepFailure.InvalidClaims($"'{name}' must be a string and {why}.");
}
