using System.Text;
using System.Text.Json;

namespace Beltic.Verification.Fast;

/// <summary>
/// The fast reader of a JOSE header: exactly <c>alg</c> (<c>ES256</c>), <c>kid</c> (1–256 ASCII characters) and
/// optionally <c>typ</c>/<c>cty</c> from the allowlists, all plain strings. Any other member or form (crit, zip, jku,
/// replicated claims, escaped names, non-ASCII values) is left to the full parser, which accepts or rejects it with its
/// reason. Escaped values are read unescaped (System.Text.Json writes <c>vc+jwt</c> as <c>vc\u002Bjwt</c>).
/// </summary>
internal static class CanonicalHeader
{
    private const int Alg = 1, Kid = 2, Typ = 4, Cty = 8;

    public static bool TryRead(ReadOnlySpan<byte> json, out string? kid)
    {
        kid = null;
        try
        {
            return Read(json, ref kid);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return false;
        }
    }

    private static bool Read(ReadOnlySpan<byte> json, ref string? kid)
    {
        Span<byte> unescaped = stackalloc byte[512];
        var r = new Utf8JsonReader(json, JsonWalk.Options);
        if (!r.Read() || r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var seen = 0;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var name = r.ValueSpan;
            var member = r.ValueIsEscaped ? 0
                : name.SequenceEqual("alg"u8) ? Alg
                : name.SequenceEqual("kid"u8) ? Kid
                : name.SequenceEqual("typ"u8) ? Typ
                : name.SequenceEqual("cty"u8) ? Cty : 0;
            if (member == 0 || (seen & member) != 0 || !r.Read() || r.TokenType != JsonTokenType.String || r.ValueSpan.Length > unescaped.Length)
            {
                return false;
            }

            seen |= member;
            var value = r.ValueIsEscaped ? unescaped[..r.CopyString(unescaped)] : r.ValueSpan;
            var ok = member switch
            {
                Alg => value.SequenceEqual("ES256"u8),
                Kid => value.Length is > 0 and <= 256 && Ascii.IsValid(value),
                Typ => IsTyp(value),
                _ => IsCty(value),
            };
            if (!ok)
            {
                return false;
            }

            if (member == Kid)
            {
                kid = Encoding.ASCII.GetString(value);
            }
        }

        // The object must end here with nothing after it (trailing content makes Read throw).
        return (seen & (Alg | Kid)) == (Alg | Kid) && r.TokenType == JsonTokenType.EndObject && !r.Read();
    }

    private static bool IsTyp(ReadOnlySpan<byte> v)
    {
        if (v.Length > 12 && Ascii.EqualsIgnoreCase(v[..12], "application/"u8))
        {
            v = v[12..];
        }

        return Ascii.EqualsIgnoreCase(v, "vc+jwt"u8) || Ascii.EqualsIgnoreCase(v, "vc+ld+json+jwt"u8)
            || Ascii.EqualsIgnoreCase(v, "vc+ld+jwt"u8) || Ascii.EqualsIgnoreCase(v, "jwt"u8);
    }

    private static bool IsCty(ReadOnlySpan<byte> v)
        => Ascii.EqualsIgnoreCase(v, "vc"u8) || Ascii.EqualsIgnoreCase(v, "application/vc"u8) || Ascii.EqualsIgnoreCase(v, "vc+ld+json"u8);
}
