using System.Text.Json;
using Beltic.Verification.Status;

namespace Beltic.Verification.Fast;

/// <summary>
/// The fast reader's <c>credentialStatus</c>: one object with a plain string type. Entry members are read as
/// <see cref="StatusEntry"/> reads them; any form it would read differently (escapes, other numerals) goes to the full path.
/// </summary>
internal static class CanonicalStatusReader
{
    /// <summary>One status object with a string type; its entry when the type is one this verifier understands.</summary>
    public static bool Status(ReadOnlySpan<byte> json, ref Utf8JsonReader r, out StatusEntry? entry)
    {
        entry = null;
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false; // arrays of entries and invalid shapes: full path
        }

        bool known = false, typed = false, hasSize = false, sizeIsOne = false;
        long? index = null;
        string? url = null, purpose = null;
        var names = new NameSet(json, stackalloc int[JsonWalk.MaxMembers * 2]);
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var name = r.ValueSpan;
            if (!names.Add(r.ValueSpan, r.TokenStartIndex, r.ValueIsEscaped) || !r.Read())
            {
                return false;
            }

            var plainString = r.TokenType == JsonTokenType.String && !r.ValueIsEscaped;
            if (name.SequenceEqual("type"u8))
            {
                typed = plainString;
                known = plainString && (r.ValueSpan.SequenceEqual("StatusList2021Entry"u8) || r.ValueSpan.SequenceEqual("BitstringStatusListEntry"u8));
                if (!typed)
                {
                    return false;
                }
            }
            else if (name.SequenceEqual("statusListIndex"u8))
            {
                if (plainString && r.ValueSpan.Length is > 0 and <= 12 && !r.ValueSpan.ContainsAnyExceptInRange((byte)'0', (byte)'9'))
                {
                    index = long.Parse(r.ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
                }
                else if (JsonWalk.IsPlainDigits(ref r, 18))
                {
                    index = r.GetInt64();
                }
                else if (r.TokenType is JsonTokenType.Number or JsonTokenType.String)
                {
                    return false; // other numerals and escaped or long strings: the full path's own reading decides
                }
            }
            else if (name.SequenceEqual("statusListCredential"u8))
            {
                if (r.TokenType == JsonTokenType.String && r.ValueIsEscaped)
                {
                    return false;
                }

                url = r.TokenType == JsonTokenType.String ? r.GetString() : null; // as VcPayload.String reads it
            }
            else if (name.SequenceEqual("statusPurpose"u8))
            {
                if (!plainString)
                {
                    return false;
                }

                purpose = r.ValueSpan.SequenceEqual("revocation"u8) ? "revocation" : r.ValueSpan.SequenceEqual("suspension"u8) ? "suspension" : r.GetString();
            }
            else if (name.SequenceEqual("statusSize"u8))
            {
                hasSize = true;
                if (r.TokenType == JsonTokenType.Number && !JsonWalk.IsPlainDigits(ref r, 9))
                {
                    return false;
                }

                sizeIsOne = r.TokenType == JsonTokenType.Number && r.ValueSpan.SequenceEqual("1"u8);
            }

            if (!JsonWalk.Value(json, ref r))
            {
                return false;
            }
        }

        if (typed && known)
        {
            entry = StatusEntry.Create(index, url, purpose ?? "revocation", hasSize, sizeIsOne);
        }

        return typed;
    }
}
