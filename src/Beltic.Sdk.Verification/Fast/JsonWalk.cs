using System.Text.Json;

namespace Beltic.Verification.Fast;

/// <summary>
/// The fast reader's walk over values it does not interpret. It must refuse everything the strict parser refuses —
/// duplicate member names at any depth (depth and syntax are the reader's own checks) — and it gives up (false) on what
/// it does not handle, escaped names and very wide objects, which then go to the full parser.
/// </summary>
internal static class JsonWalk
{
    /// <summary>Widest nested object the walk compares names in; wider ones go to the full parser.</summary>
    public const int MaxMembers = 32;

    public static readonly JsonReaderOptions Options = new()
    {
        MaxDepth = 32,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    /// <summary>Walks the value whose first token the reader is on, leaving it on the value's last token.</summary>
    public static bool Value(ReadOnlySpan<byte> json, ref Utf8JsonReader r)
    {
        if (r.TokenType == JsonTokenType.StartArray)
        {
            while (r.Read() && r.TokenType != JsonTokenType.EndArray)
            {
                if (!Value(json, ref r))
                {
                    return false;
                }
            }

            return true;
        }

        return r.TokenType != JsonTokenType.StartObject || Object(json, ref r);
    }

    private static bool Object(ReadOnlySpan<byte> json, ref Utf8JsonReader r)
    {
        var names = new NameSet(json, stackalloc int[MaxMembers * 2]);
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if (!names.Add(r.ValueSpan, r.TokenStartIndex, r.ValueIsEscaped) || !r.Read() || !Value(json, ref r))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An unescaped JSON string whose bytes are exactly <paramref name="expected"/>.</summary>
    public static bool IsString(ref Utf8JsonReader r, ReadOnlySpan<byte> expected)
        => r.TokenType == JsonTokenType.String && !r.ValueIsEscaped && r.ValueSpan.SequenceEqual(expected);

    /// <summary>A JSON number written as plain decimal digits (no sign, fraction or exponent), at most <paramref name="maxDigits"/> of them.</summary>
    public static bool IsPlainDigits(ref Utf8JsonReader r, int maxDigits)
        => r.TokenType == JsonTokenType.Number && r.ValueSpan.Length <= maxDigits && !r.ValueSpan.ContainsAnyExceptInRange((byte)'0', (byte)'9');
}
