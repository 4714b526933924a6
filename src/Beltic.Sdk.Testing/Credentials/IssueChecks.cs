using System.Text.Json;
using System.Text.Json.Nodes;

namespace Beltic.Testing.Credentials;

/// <summary>
/// What Beltic checks before issuing (§2, §11.13): the type, a subject with an id, and the minimum claims of each type.
/// Returns the first problem as (field, message), or null.
/// </summary>
internal static class IssueChecks
{
    private static readonly string[] Types = ["business", "user", "agent_authorization", "outcome_attestation"];
    private static readonly string[] SubjectTypes = ["organisation", "person", "agent", "document"];
    private static readonly string[] TrustLevels = ["self_attested", "liveness_verified", "idv_verified", "enterprise_verified"];

    public static (string Field, string Message)? Check(JsonObject body)
    {
        if (Str(body, "credential_type") is not { } type || !Types.Contains(type))
        {
            return ("credential_type", "credential_type must be one of " + string.Join(", ", Types) + ".");
        }

        if (body["subject"] is not JsonObject subject || Str(subject, "id") is not { Length: > 0 })
        {
            return ("subject.id", "subject must be an object with a non-empty string id.");
        }

        if (subject["type"] is { } st && (st.GetValueKind() != JsonValueKind.String || !SubjectTypes.Contains(st.GetValue<string>())))
        {
            return ("subject.type", "subject.type must be one of " + string.Join(", ", SubjectTypes) + " (British spelling: organisation).");
        }

        if (body["claims"] is not JsonObject claims)
        {
            return ("claims", "claims must be an object.");
        }

        return type switch
        {
            "business" => Required(claims, "jurisdiction"),
            "user" => User(claims),
            "agent_authorization" => Agent(claims),
            _ => Required(claims, "attestation_type"),
        };
    }

    private static (string, string)? User(JsonObject claims)
    {
        if (Required(claims, "kyc_status") is { } missing)
        {
            return missing;
        }

        if (claims["trust_level"] is { } t && (t.GetValueKind() != JsonValueKind.String || !TrustLevels.Contains(t.GetValue<string>())))
        {
            return ("claims.trust_level", "claims.trust_level must be one of " + string.Join(", ", TrustLevels) + ".");
        }

        return claims["id_document_type"] is not null && Str(claims, "id_document_country") is null
            ? ("claims.id_document_country", "claims.id_document_country is required when claims.id_document_type is set.")
            : null;
    }

    private static (string, string)? Agent(JsonObject claims)
    {
        if (claims["permissions"] is not JsonArray { Count: > 0 } permissions)
        {
            return ("claims.permissions", "claims.permissions must be a non-empty array.");
        }

        for (var i = 0; i < permissions.Count; i++)
        {
            var at = $"claims.permissions[{i}]";
            if (permissions[i] is not JsonObject p || Str(p, "resource_type") is not { Length: > 0 })
            {
                return (at + ".resource_type", at + ".resource_type must be a non-empty string.");
            }

            if (p["actions"] is not JsonArray { Count: > 0 } actions || actions.Any(a => a?.GetValueKind() != JsonValueKind.String))
            {
                return (at + ".actions", at + ".actions must be a non-empty array of strings.");
            }

            if (p["conditions"] is { } conditions && (conditions is not JsonArray list
                || list.Any(c => c is not JsonObject co || Str(co, "field") is null || (Str(co, "op") ?? Str(co, "operator")) is null || !co.ContainsKey("value"))))
            {
                return (at + ".conditions", at + ".conditions entries need field, op (or operator) and value.");
            }
        }

        return null;
    }

    private static (string, string)? Required(JsonObject claims, string name)
        => Str(claims, name) is { Length: > 0 } ? null : ("claims." + name, $"claims.{name} is required (a string).");

    internal static string? Str(JsonObject obj, string name)
        => obj[name] is { } v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
}
