using System.Buffers.Text;

namespace Beltic.Verification.Jose;

/// <summary>Strict base64url (RFC 7515 §2): no padding, no whitespace, only <c>[A-Za-z0-9_-]</c>, canonical trailing bits.</summary>
internal static class Base64UrlStrict
{
    public static bool IsAlphabet(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_';

    public static bool TryDecode(ReadOnlySpan<char> text, out byte[] bytes)
    {
        if (!TryDecodeMemory(text, out var memory))
        {
            bytes = [];
            return false;
        }

        bytes = memory.Length == 0 ? [] : memory.ToArray();
        return true;
    }

    /// <summary>Decodes into a buffer of the exact maximum size, without copying.</summary>
    public static bool TryDecodeMemory(ReadOnlySpan<char> text, out ReadOnlyMemory<byte> memory)
    {
        memory = default;
        byte[] bytes;
        if (text.Length % 4 == 1)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!IsAlphabet(c))
            {
                return false;
            }
        }

        if (text.Length > 0 && !CanonicalTail(text))
        {
            return false;
        }

        bytes = new byte[Base64Url.GetMaxDecodedLength(text.Length)];
        if (Base64Url.DecodeFromChars(text, bytes, out _, out var written) != System.Buffers.OperationStatus.Done)
        {
            return false;
        }

        memory = bytes.AsMemory(0, written);
        return true;
    }

    private static int Value(char c) => c switch
    {
        >= 'A' and <= 'Z' => c - 'A',
        >= 'a' and <= 'z' => c - 'a' + 26,
        >= '0' and <= '9' => c - '0' + 52,
        '-' => 62,
        _ => 63,
    };

    /// <summary>The unused low bits of the last character must be zero (so each byte string has one encoding).</summary>
    private static bool CanonicalTail(ReadOnlySpan<char> text)
    {
        var last = Value(text[^1]);
        return (text.Length % 4) switch
        {
            2 => (last & 0x0F) == 0,
            3 => (last & 0x03) == 0,
            _ => true,
        };
    }
}
