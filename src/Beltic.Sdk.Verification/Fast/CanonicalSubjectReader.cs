using System.Text.Json;

namespace Beltic.Verification.Fast;

/// <summary>
/// The fast reader's <c>credentialSubject</c>: one object, claims beside the subject's id, no nested <c>claims</c>.
/// Schema facts are gathered for every Beltic type, since the type may be stated after the subject; a value that
/// breaks a type's schema is only recorded, because it matters only for that type.
/// </summary>
internal static class CanonicalSubjectReader
{
    public static bool Subject(ReadOnlySpan<byte> json, ref Utf8JsonReader r, ref CanonicalPayload p)
    {
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false; // arrays of subjects and other shapes: full path
        }

        ref var c = ref p.Claims;
        var names = new NameSet(json, stackalloc int[128]);
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var name = r.ValueSpan;
            if (!names.Add(r.ValueSpan, r.TokenStartIndex, r.ValueIsEscaped) || !r.Read())
            {
                return false;
            }

            var isString = r.TokenType == JsonTokenType.String;
            var ok = true;
            if (name.SequenceEqual("id"u8))
            {
                ok = CanonicalPayloadReader.PlainString(ref r, out p.SubjectId);
            }
            else if (name.SequenceEqual("claims"u8))
            {
                ok = false; // nested claims are merged by the full path
            }
            else if (name.SequenceEqual("jurisdiction"u8))
            {
                c.JurisdictionIsString = isString;
            }
            else if (name.SequenceEqual("kyc_status"u8))
            {
                c.KycStatusIsString = isString;
            }
            else if (name.SequenceEqual("attestation_type"u8))
            {
                c.AttestationTypeIsString = isString;
            }
            else if (name.SequenceEqual("id_document_country"u8))
            {
                c.IdDocumentCountryIsString = isString;
            }
            else if (name.SequenceEqual("id_document_type"u8))
            {
                c.IdDocumentTypeIsString = r.TokenType == JsonTokenType.Null ? null : isString;
            }
            else if (name.SequenceEqual("trust_level"u8))
            {
                c.TrustLevelValid = isString && !r.ValueIsEscaped && IsTrustLevel(r.ValueSpan);
                ok = !isString || !r.ValueIsEscaped;
            }
            else if (name.SequenceEqual("permissions"u8))
            {
                ok = Permissions(json, ref r, out var valid);
                c.PermissionsValid = valid;
            }
            else if (name.SequenceEqual("authorized_currencies"u8))
            {
                c.CurrenciesValid = r.TokenType == JsonTokenType.StartArray;
                ok = NonEmptyStrings(json, ref r, out var allStrings, out _);
                c.CurrenciesValid &= allStrings;
            }
            else if (name.SequenceEqual("spend_limit"u8))
            {
                ok = SpendLimit(json, ref r, out var valid);
                c.SpendLimitValid = valid;
            }

            if (!ok || !JsonWalk.Value(json, ref r))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsTrustLevel(ReadOnlySpan<byte> v)
        => v.SequenceEqual("self_attested"u8) || v.SequenceEqual("liveness_verified"u8) || v.SequenceEqual("idv_verified"u8) || v.SequenceEqual("enterprise_verified"u8);

    /// <summary>
    /// Walks a value that should be an array of non-empty strings, leaving the reader on its last token. Non-string
    /// elements are walked (for duplicate names) and make <paramref name="valid"/> false.
    /// </summary>
    private static bool NonEmptyStrings(ReadOnlySpan<byte> json, ref Utf8JsonReader r, out bool valid, out int count)
    {
        valid = r.TokenType == JsonTokenType.StartArray;
        count = 0;
        if (!valid)
        {
            return true; // the caller walks the value
        }

        while (r.Read() && r.TokenType != JsonTokenType.EndArray)
        {
            count++;
            valid &= r.TokenType == JsonTokenType.String && r.ValueSpan.Length > 0;
            if (!JsonWalk.Value(json, ref r))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>ClaimSchemas' agent permissions: a non-empty array of objects with resource_type, actions and well-formed conditions.</summary>
    private static bool Permissions(ReadOnlySpan<byte> json, ref Utf8JsonReader r, out bool valid)
    {
        valid = r.TokenType == JsonTokenType.StartArray;
        if (!valid)
        {
            return true;
        }

        var count = 0;
        while (r.Read() && r.TokenType != JsonTokenType.EndArray)
        {
            count++;
            if (r.TokenType != JsonTokenType.StartObject)
            {
                valid = false;
                if (!JsonWalk.Value(json, ref r))
                {
                    return false;
                }

                continue;
            }

            if (!Permission(json, ref r, ref valid))
            {
                return false;
            }
        }

        valid &= count > 0;
        return true;
    }

    private static bool Permission(ReadOnlySpan<byte> json, ref Utf8JsonReader r, ref bool valid)
    {
        bool resourceType = false, actions = false;
        var names = new NameSet(json, stackalloc int[JsonWalk.MaxMembers * 2]);
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var name = r.ValueSpan;
            if (!names.Add(r.ValueSpan, r.TokenStartIndex, r.ValueIsEscaped) || !r.Read())
            {
                return false;
            }

            var ok = true;
            if (name.SequenceEqual("resource_type"u8))
            {
                resourceType = r.TokenType == JsonTokenType.String && r.ValueSpan.Length > 0;
            }
            else if (name.SequenceEqual("resource_id"u8))
            {
                valid &= r.TokenType == JsonTokenType.String;
            }
            else if (name.SequenceEqual("actions"u8))
            {
                ok = NonEmptyStrings(json, ref r, out actions, out var n);
                actions &= n > 0;
            }
            else if (name.SequenceEqual("conditions"u8))
            {
                ok = Conditions(json, ref r, ref valid);
            }

            if (!ok || !JsonWalk.Value(json, ref r))
            {
                return false;
            }
        }

        valid &= resourceType && actions;
        return true;
    }

    private static bool Conditions(ReadOnlySpan<byte> json, ref Utf8JsonReader r, ref bool valid)
    {
        if (r.TokenType != JsonTokenType.StartArray)
        {
            valid = false;
            return true;
        }

        Span<int> slots = stackalloc int[JsonWalk.MaxMembers * 2];
        while (r.Read() && r.TokenType != JsonTokenType.EndArray)
        {
            if (r.TokenType != JsonTokenType.StartObject)
            {
                valid = false;
                if (!JsonWalk.Value(json, ref r))
                {
                    return false;
                }

                continue;
            }

            bool field = false, op = false, value = false;
            var names = new NameSet(json, slots);
            while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
            {
                var name = r.ValueSpan;
                if (!names.Add(r.ValueSpan, r.TokenStartIndex, r.ValueIsEscaped) || !r.Read())
                {
                    return false;
                }

                var isString = r.TokenType == JsonTokenType.String;
                field |= isString && name.SequenceEqual("field"u8);
                op |= isString && (name.SequenceEqual("op"u8) || name.SequenceEqual("operator"u8));
                value |= name.SequenceEqual("value"u8);
                if (!JsonWalk.Value(json, ref r))
                {
                    return false;
                }
            }

            valid &= field && op && value;
        }

        return true;
    }

    /// <summary>An object with a numeric amount (plain integer digits, so decimal reads it exactly) and, if present, a string currency.</summary>
    private static bool SpendLimit(ReadOnlySpan<byte> json, ref Utf8JsonReader r, out bool valid)
    {
        valid = r.TokenType == JsonTokenType.StartObject;
        if (!valid)
        {
            return true;
        }

        var amount = false;
        var names = new NameSet(json, stackalloc int[JsonWalk.MaxMembers * 2]);
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var name = r.ValueSpan;
            if (!names.Add(r.ValueSpan, r.TokenStartIndex, r.ValueIsEscaped) || !r.Read())
            {
                return false;
            }

            if (name.SequenceEqual("amount"u8))
            {
                if (r.TokenType == JsonTokenType.Number && !IsPlainInteger(r.ValueSpan))
                {
                    return false; // fractions, exponents, huge values: the full path decides with decimal's own rules
                }

                amount = r.TokenType == JsonTokenType.Number;
            }
            else if (name.SequenceEqual("currency"u8))
            {
                valid &= r.TokenType == JsonTokenType.String;
            }

            if (!JsonWalk.Value(json, ref r))
            {
                return false;
            }
        }

        valid &= amount;
        return true;
    }

    private static bool IsPlainInteger(ReadOnlySpan<byte> v)
    {
        var digits = v.Length > 1 && v[0] == (byte)'-' ? v[1..] : v;
        return digits.Length is > 0 and <= 27 && !digits.ContainsAnyExceptInRange((byte)'0', (byte)'9');
    }
}
