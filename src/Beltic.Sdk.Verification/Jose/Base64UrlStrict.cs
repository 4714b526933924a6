using System.Buffers.Text;

namespace Beltic.Verification.Jose;

/// <summary>Strict base64url (RFC 7515 §2): no padding, no whitespace, only <c>[A-Za-z0-9_-]</c>, canonical trailing bits.</summary>
internal static class Base64UrlStrict
{
    public static bool IsAlphabet(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_';

    /// <summary>Whether every character is in the base64url alphabet.</summary>
    public static bool IsAlphabet(ReadOnlySpan<char> text) => !text.ContainsAnyExcept(Alphabet);

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
        if (!IsStrict(text))
        {
            return false;
        }

        var bytes = new byte[Base64Url.GetMaxDecodedLength(text.Length)];
        if (!TryDecode(text, bytes, out var written))
        {
            return false;
        }

        memory = bytes.AsMemory(0, written);
        return true;
    }

    /// <summary>Decodes strict base64url into <paramref name="destination"/> (at least the maximum decoded length).</summary>
    public static bool TryDecode(ReadOnlySpan<char> text, Span<byte> destination, out int written)
    {
        written = 0;
        return IsStrict(text) && Base64Url.DecodeFromChars(text, destination, out _, out written) == System.Buffers.OperationStatus.Done;
    }

    /// <summary>Only the alphabet, no length that no byte string has, canonical trailing bits.</summary>
    private static bool IsStrict(ReadOnlySpan<char> text)
        => text.Length % 4 != 1 && !text.ContainsAnyExcept(Alphabet) && (text.Length == 0 || CanonicalTail(text));

    private static readonly System.Buffers.SearchValues<char> Alphabet =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

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
