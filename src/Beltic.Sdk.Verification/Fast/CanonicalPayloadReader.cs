using System.Text.Json;
using Beltic.Verification.Schema;

namespace Beltic.Verification.Fast;

/// <summary>
/// One pass over a VC 2.0 payload in Beltic's canonical layout (§11.12) with <see cref="Utf8JsonReader"/>, instead of
/// building a <see cref="JsonDocument"/> and looking members up one by one. It reads only what it fully understands —
/// plain strings, integer NumericDates, ISO dates, one subject object, one status object — and returns false for
/// anything else, including every input the full path would reject, so that input is decided (and its failure
/// explained) by the full path. It never rejects by itself: false only means "ask the full path".
/// </summary>
internal static class CanonicalPayloadReader
{
    private const long MinNumericDate = -62_135_596_800, MaxNumericDate = 253_402_300_799;

    private static ReadOnlySpan<byte> V2Context => "https://www.w3.org/ns/credentials/v2"u8;

    public static bool TryRead(ReadOnlySpan<byte> json, out CanonicalPayload p)
    {
        p = new CanonicalPayload
        {
            Iss = Segment.None, Issuer = Segment.None, Sub = Segment.None, Jti = Segment.None, Id = Segment.None,
            CredentialType = Segment.None, SubjectId = Segment.None,
        };
        try
        {
            return Read(json, ref p);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return false; // invalid JSON, or a string .NET cannot read as text: the full path explains
        }
    }

    private static bool Read(ReadOnlySpan<byte> json, ref CanonicalPayload p)
    {
        var r = new Utf8JsonReader(json, JsonWalk.Options);
        if (!r.Read() || r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var names = new NameSet(json, stackalloc int[128]);
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var name = r.ValueSpan;
            if (!names.Add(r.ValueSpan, r.TokenStartIndex, r.ValueIsEscaped) || !r.Read() || !Member(json, name, ref r, ref p))
            {
                return false;
            }
        }

        return r.TokenType == JsonTokenType.EndObject && !r.Read();
    }

    private static bool Member(ReadOnlySpan<byte> json, ReadOnlySpan<byte> name, ref Utf8JsonReader r, ref CanonicalPayload p)
    {
        switch (name.Length)
        {
            case 2 when name.SequenceEqual("id"u8):
                return PlainString(ref r, out p.Id);
            case 2 when name.SequenceEqual("vc"u8) || name.SequenceEqual("vp"u8):
                return false; // a second copy of the credential: the full path explains why that is invalid
            case 3 when name.SequenceEqual("iss"u8):
                return PlainString(ref r, out p.Iss);
            case 3 when name.SequenceEqual("sub"u8):
                return PlainString(ref r, out p.Sub);
            case 3 when name.SequenceEqual("jti"u8):
                return PlainString(ref r, out p.Jti);
            case 3 when name.SequenceEqual("iat"u8):
                return NumericDate(ref r, out p.Iat);
            case 3 when name.SequenceEqual("nbf"u8):
                return NumericDate(ref r, out p.Nbf);
            case 3 when name.SequenceEqual("exp"u8):
                return NumericDate(ref r, out p.Exp);
            case 3 when name.SequenceEqual("aud"u8):
                p.HasAudience = true;
                return Audience(json, ref r, out p.Audience);
            case 4 when name.SequenceEqual("type"u8):
                return Type(ref r, ref p);
            case 6 when name.SequenceEqual("issuer"u8):
                return PlainString(ref r, out p.Issuer);
            case 8 when name.SequenceEqual("@context"u8):
                return Context(json, ref r, ref p);
            case 9 when name.SequenceEqual("validFrom"u8):
                return Date(ref r, out p.ValidFrom);
            case 10 when name.SequenceEqual("validUntil"u8):
                return Date(ref r, out p.ValidUntil);
            case 12 when name.SequenceEqual("issuanceDate"u8):
            case 14 when name.SequenceEqual("expirationDate"u8):
                return false; // VC 1.1 members in a VC 2.0 payload
            case 15 when name.SequenceEqual("credential_type"u8):
                return PlainString(ref r, out p.CredentialType);
            case 16 when name.SequenceEqual("credentialStatus"u8):
                p.HasStatus = true;
                return CanonicalStatusReader.Status(json, ref r, out p.Status);
            case 17 when name.SequenceEqual("credentialSubject"u8):
                p.HasSubject = true;
                return CanonicalSubjectReader.Subject(json, ref r, ref p);
            default:
                return JsonWalk.Value(json, ref r);
        }
    }

    /// <summary>A non-empty unescaped string (the only form of an identifier the fast path compares byte-wise).</summary>
    internal static bool PlainString(ref Utf8JsonReader r, out Segment value)
    {
        value = Segment.None;
        if (r.TokenType != JsonTokenType.String || r.ValueIsEscaped || r.ValueSpan.Length == 0)
        {
            return false;
        }

        value = new Segment((int)r.TokenStartIndex + 1, r.ValueSpan.Length);
        return true;
    }

    /// <summary>An integer NumericDate within the calendar; fractions, exponents and other forms go to the full path.</summary>
    private static bool NumericDate(ref Utf8JsonReader r, out DateTimeOffset? value)
    {
        value = null;
        var negative = r.TokenType == JsonTokenType.Number && r.ValueSpan.Length > 1 && r.ValueSpan[0] == (byte)'-';
        var digits = negative ? r.ValueSpan[1..] : r.ValueSpan;
        if (r.TokenType != JsonTokenType.Number || digits.Length is 0 or > 15 || digits.ContainsAnyExceptInRange((byte)'0', (byte)'9'))
        {
            return false;
        }

        var seconds = r.GetInt64();
        if (seconds is < MinNumericDate or > MaxNumericDate)
        {
            return false;
        }

        value = DateTimeOffset.FromUnixTimeMilliseconds(seconds * 1000);
        return true;
    }

    private static bool Date(ref Utf8JsonReader r, out DateTimeOffset? value)
    {
        value = null;
        // The full path's own reader, so both read every date alike (offset-less as UTC, bare dates refused).
        if (r.TokenType != JsonTokenType.String || r.ValueIsEscaped || !Schema.DateTimeStamp.TryParse(r.GetString(), out var date))
        {
            return false;
        }

        value = date;
        return true;
    }

    private static bool Context(ReadOnlySpan<byte> json, ref Utf8JsonReader r, ref CanonicalPayload p)
    {
        if (r.TokenType != JsonTokenType.StartArray || !r.Read() || !JsonWalk.IsString(ref r, V2Context))
        {
            return false;
        }

        p.HasV2Context = true;
        while (r.Read() && r.TokenType != JsonTokenType.EndArray)
        {
            if (!JsonWalk.Value(json, ref r))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>type</c> as a string or an array of strings: whether it says VerifiableCredential, and the one Beltic type it names.</summary>
    private static bool Type(ref Utf8JsonReader r, ref CanonicalPayload p)
    {
        if (r.TokenType == JsonTokenType.String)
        {
            return TypeName(ref r, ref p);
        }

        if (r.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        while (r.Read() && r.TokenType != JsonTokenType.EndArray)
        {
            if (r.TokenType != JsonTokenType.String || !TypeName(ref r, ref p))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TypeName(ref Utf8JsonReader r, ref CanonicalPayload p)
    {
        if (r.ValueIsEscaped)
        {
            return false;
        }

        var v = r.ValueSpan;
        p.HasVerifiableCredentialType |= v.SequenceEqual("VerifiableCredential"u8);
        var mapped = v.SequenceEqual("AgentAuthorizationCredential"u8) ? KnownTypes.AgentAuthorization
            : v.SequenceEqual("BusinessCredential"u8) ? KnownTypes.Business
            : v.SequenceEqual("UserCredential"u8) ? KnownTypes.User
            : v.SequenceEqual("OutcomeAttestationCredential"u8) ? KnownTypes.OutcomeAttestation : null;
        if (mapped is not null && p.TypedAs is not null && !ReferenceEquals(mapped, p.TypedAs))
        {
            return false; // two Beltic types: the full path says so
        }

        p.TypedAs ??= mapped;
        return true;
    }

    /// <summary>The string values of <c>aud</c> (a string, or the strings of an array), as the audience check reads them.</summary>
    private static bool Audience(ReadOnlySpan<byte> json, ref Utf8JsonReader r, out string[]? audience)
    {
        audience = null;
        if (r.TokenType == JsonTokenType.String)
        {
            audience = [r.GetString()!];
            return true;
        }

        if (r.TokenType != JsonTokenType.StartArray)
        {
            return JsonWalk.Value(json, ref r);
        }

        var list = new List<string>();
        while (r.Read() && r.TokenType != JsonTokenType.EndArray)
        {
            if (r.TokenType == JsonTokenType.String)
            {
                list.Add(r.GetString()!);
            }
            else if (!JsonWalk.Value(json, ref r))
            {
                return false;
            }
        }

        audience = [.. list];
        return true;
    }
}
