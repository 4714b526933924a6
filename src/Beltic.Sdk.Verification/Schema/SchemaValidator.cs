using System.Text.Json;

namespace Beltic.Verification.Schema;

/// <summary>
/// Step 5: the data model's structure (one model, no competing copy, header consistent with it), the W3C members, one
/// subject whose facts agree wherever they are stated, one agreed Beltic type, then that type's schema
/// (<see cref="ClaimSchemas"/>), so a correctly signed token with a wrong or ambiguous shape still fails.
/// </summary>
internal static class SchemaValidator
{
    public static StepFailure? Validate(CredentialDocument doc, out SubjectFacts? facts)
    {
        facts = null;
        if (doc.CheckStructure() is { } structure)
        {
            return structure;
        }

        var payload = doc.Payload;
        var vc = doc.Vc;
        if (!vc.TryGetProperty("type"u8, out var type) || !Contains(type, "VerifiableCredential"))
        {
            return StepFailure.InvalidClaims("'type' must include VerifiableCredential.");
        }

        if (vc.TryGetProperty("credentialSubject"u8, out var subjects) && subjects.ValueKind == JsonValueKind.Array && subjects.GetArrayLength() > 1)
        {
            return StepFailure.InvalidClaims("A Beltic credential has exactly one 'credentialSubject'; this one has several.");
        }

        if (VcPayload.Subject(vc) is not { } subject)
        {
            return StepFailure.InvalidClaims("'credentialSubject' must be an object (or an array of one object).");
        }

        var subjectId = VcPayload.String(subject, "id");
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

        var claims = VcPayload.Claims(subject)!.Value;
        if (NestedClaimConflict(subject) is { } conflict)
        {
            return conflict;
        }

        if (ReadCredentialType(doc, type, out var credentialType) is { } typeFailure)
        {
            return typeFailure;
        }

        facts = new SubjectFacts(id, subjectId, subject, claims, credentialType);
        return ClaimSchemas.Validate(credentialType, claims, subject);
    }

    /// <summary>Claims nested in <c>credentialSubject.claims</c> must not contradict members of the subject itself.</summary>
    private static StepFailure? NestedClaimConflict(JsonElement subject)
    {
        if (!subject.TryGetProperty("claims"u8, out var claims) || claims.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var member in claims.EnumerateObject())
        {
            if (subject.TryGetProperty(member.Name, out var twin) && !JsonElement.DeepEquals(twin, member.Value))
            {
                return StepFailure.InvalidClaims($"'{Jose.JwsParser.Safe(member.Name)}' appears in credentialSubject and in credentialSubject.claims with different values.");
            }
        }

        return null;
    }

    /// <summary>
    /// The Beltic type from every place that states it — the <c>credential_type</c> claim (top level, and in VC 1.1 also
    /// inside <c>vc</c>) and the Beltic entry of <c>type</c> — which must all agree.
    /// </summary>
    private static StepFailure? ReadCredentialType(CredentialDocument doc, JsonElement type, out string? credentialType)
    {
        credentialType = null;
        string? stated = null;
        ReadOnlySpan<JsonElement> holders = doc.Model == VcDataModel.Vc11 ? [doc.Payload, doc.Vc] : [doc.Payload];
        foreach (var holder in holders)
        {
            if (!holder.TryGetProperty("credential_type"u8, out var el))
            {
                continue;
            }

            if (el.ValueKind != JsonValueKind.String || el.ValueEquals(""u8))
            {
                return StepFailure.InvalidClaims("'credential_type' must be a non-empty string.");
            }

            var value = el.GetString()!;
            if (stated is not null && stated != value)
            {
                return StepFailure.InvalidClaims($"'credential_type' at the top level ({Jose.JwsParser.Safe(stated)}) and in 'vc' ({Jose.JwsParser.Safe(value)}) differ.");
            }

            stated = value;
        }

        string? typed = null;
        foreach (var t in type.ValueKind == JsonValueKind.Array ? type.EnumerateArray() : Enumerable.Repeat(type, 1))
        {
            var mapped = t.ValueKind == JsonValueKind.String ? BelticType(t.GetString()) : null;
            if (mapped is null)
            {
                continue;
            }

            if (typed is not null && typed != mapped)
            {
                return StepFailure.InvalidClaims($"'type' names two Beltic credential types ({typed} and {mapped}).");
            }

            typed = mapped;
        }

        if (stated is not null && typed is not null && stated != typed)
        {
            return StepFailure.InvalidClaims($"'credential_type' ({Jose.JwsParser.Safe(stated)}) and the 'type' entry ({typed}) name different credential types.");
        }

        credentialType = stated ?? typed;
        return null;
    }

    private static string? BelticType(string? typeName) => typeName switch
    {
        "BusinessCredential" => "business",
        "UserCredential" => "user",
        "AgentAuthorizationCredential" => "agent_authorization",
        "OutcomeAttestationCredential" => "outcome_attestation",
        _ => null,
    };

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
