using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Beltic.Verification.Jose;

/// <summary>
/// Step 3: ES256 over the exact received <c>header.payload</c> bytes. The signature must be exactly 64 bytes r‖s
/// (IEEE P1363, never DER) with 1 ≤ r, s ≤ n−1 (rejects the all-zero "psychic signature"). High-S is accepted
/// (RFC 7515 A.3's own signature is high-S).
/// </summary>
internal static class Es256
{
    // The order n of the P-256 group.
    private static ReadOnlySpan<byte> N =>
    [
        0xFF, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0xBC, 0xE6, 0xFA, 0xAD, 0xA7, 0x17, 0x9E, 0x84, 0xF3, 0xB9, 0xCA, 0xC2, 0xFC, 0x63, 0x25, 0x51,
    ];

    public static StepFailure? Verify(string token, int signingInputLength, ReadOnlySpan<char> signatureSegment, ECDsa key)
    {
        // 86 characters is the only length a 64-byte signature has; decode it on the stack.
        Span<byte> signature = stackalloc byte[66];
        int length;
        if (signatureSegment.Length == 86)
        {
            if (!Base64UrlStrict.TryDecode(signatureSegment, signature, out length))
            {
                return new StepFailure(VerificationCodes.InvalidSignature, "The signature is not strict base64url.");
            }
        }
        else if (!Base64UrlStrict.TryDecodeMemory(signatureSegment, out var other))
        {
            return new StepFailure(VerificationCodes.InvalidSignature, "The signature is not strict base64url.");
        }
        else
        {
            length = other.Length;
        }

        if (length != 64)
        {
            return new StepFailure(VerificationCodes.InvalidSignature, $"An ES256 signature is 64 bytes (r‖s); this one is {length} (DER signatures are not accepted).");
        }

        signature = signature[..64];
        if (!InRange(signature[..32]) || !InRange(signature[32..]))
        {
            return new StepFailure(VerificationCodes.InvalidSignature, "The signature's r or s is outside [1, n−1].");
        }

        Span<byte> hash = stackalloc byte[32];
        Hash(token.AsSpan(0, signingInputLength), hash);
        var ok = key.VerifyHash(hash, signature, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return ok ? null : new StepFailure(VerificationCodes.InvalidSignature, "The ES256 signature does not verify with the issuer's key.");
    }

    /// <summary>SHA-256 of the ASCII signing input (the caller checked it is base64url and dots).</summary>
    private static void Hash(ReadOnlySpan<char> input, Span<byte> hash)
    {
        if (input.Length <= 4096)
        {
            Span<byte> bytes = stackalloc byte[input.Length];
            var written = Encoding.ASCII.GetBytes(input, bytes);
            SHA256.HashData(bytes[..written], hash);
            return;
        }

        var rented = ArrayPool<byte>.Shared.Rent(input.Length);
        try
        {
            var written = Encoding.ASCII.GetBytes(input, rented);
            SHA256.HashData(rented.AsSpan(0, written), hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>1 ≤ v ≤ n−1, big-endian.</summary>
    internal static bool InRange(ReadOnlySpan<byte> v)
    {
        if (!v.ContainsAnyExcept((byte)0))
        {
            return false;
        }

        return v.SequenceCompareTo(N) < 0;
    }
}
