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

        // Identifier twins are compared only as strings: any other shape could never be compared, so it is refused.
        string? sub = null, jti = null, id = null;
        if ((OptionalId(payload, "sub", out sub) ?? OptionalId(payload, "jti", out jti) ?? OptionalId(vc, "id", out id)) is { } badId)
        {
            return badId;
        }

        if (sub is not null && sub != subjectId)
        {
            return StepFailure.InvalidClaims("'sub' and 'credentialSubject.id' differ.");
        }

        if (jti is not null && id is not null && id != jti)
        {
            return StepFailure.InvalidClaims("'jti' and the credential 'id' differ.");
        }

        if (vc.TryGetProperty("credentialStatus"u8, out var status) && !AllObjectsWithType(status))
        {
            return StepFailure.InvalidClaims("'credentialStatus' must be an object (or array of objects) whose 'type' is a string or an array of strings.");
        }

        if (MergedClaims(subject, out var claims) is { } conflict)
        {
            return conflict;
        }

        if (ReadCredentialType(doc, type, out var credentialType) is { } typeFailure)
        {
            return typeFailure;
        }

        facts = new SubjectFacts(jti ?? id, subjectId, subject, claims, credentialType);
        return ClaimSchemas.Validate(credentialType, claims);
    }

    /// <summary>
    /// The one claims object that every later step and the caller read: the subject itself, or — when claims are nested
    /// in <c>credentialSubject.claims</c> — the subject's members and the nested ones merged, which must not contradict
    /// each other.
    /// </summary>
    private static StepFailure? MergedClaims(JsonElement subject, out JsonElement claims)
    {
        claims = subject;
        if (!subject.TryGetProperty("claims"u8, out var nested))
        {
            return null;
        }

        if (nested.ValueKind != JsonValueKind.Object)
        {
            return StepFailure.InvalidClaims("'credentialSubject.claims' must be an object.");
        }

        foreach (var member in nested.EnumerateObject())
        {
            if (subject.TryGetProperty(member.Name, out var twin) && !JsonElement.DeepEquals(twin, member.Value))
            {
                return StepFailure.InvalidClaims($"'{Jose.JwsParser.Safe(member.Name)}' appears in credentialSubject and in credentialSubject.claims with different values.");
            }
        }

        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            foreach (var member in subject.EnumerateObject())
            {
                if (!member.NameEquals("claims"u8))
                {
                    member.WriteTo(w);
                }
            }

            foreach (var member in nested.EnumerateObject())
            {
                if (!subject.TryGetProperty(member.Name, out _))
                {
                    member.WriteTo(w);
                }
            }

            w.WriteEndObject();
        }

        claims = JsonDocument.Parse(buffer.WrittenMemory).RootElement; // lives as long as the result that exposes it
        return null;
    }

    /// <summary>An optional identifier member: absent, or a non-empty string.</summary>
    private static StepFailure? OptionalId(JsonElement obj, string name, out string? value)
    {
        value = null;
        if (!obj.TryGetProperty(name, out var el))
        {
            return null;
        }

        value = el.ValueKind == JsonValueKind.String ? el.GetString() : null;
        return string.IsNullOrEmpty(value) ? StepFailure.InvalidClaims($"'{name}' must be a non-empty string.") : null;
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
        JsonValueKind.Object => HasTypeStrings(status),
        JsonValueKind.Array => status.EnumerateArray().All(HasTypeStrings),
        _ => false,
    };

    private static bool HasTypeStrings(JsonElement entry)
        => entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("type"u8, out var t) && t.ValueKind switch
        {
            JsonValueKind.String => true,
            JsonValueKind.Array => t.GetArrayLength() > 0 && t.EnumerateArray().All(x => x.ValueKind == JsonValueKind.String),
            _ => false,
        };
}
