using System.Security.Cryptography;
using System.Text;

namespace Beltic.Webhooks;

/// <summary>
/// The HMAC primitives both schemes share, used by <see cref="WebhookSigner"/> and <see cref="WebhookReceiver"/> alike
/// so the two can never drift. The key is the secret's UTF-8 bytes, exactly as given (no decoding of any prefix).
/// </summary>
internal static class WebhookCrypto
{
    public const int SignatureLength = 32;

    /// <summary>HMAC-SHA256(secret, body): the document-webhook signature.</summary>
    public static byte[] DocumentSignature(ReadOnlySpan<byte> body, string secret)
    {
        var key = Encoding.UTF8.GetBytes(secret);
        try
        {
            return HMACSHA256.HashData(key, body);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    /// <summary>
    /// HMAC-SHA256(secret, "&lt;timestamp&gt;.&lt;body&gt;"): the audit-stream signature. The timestamp is the header's
    /// exact text, so what is verified is what was sent, never a re-formatted number.
    /// </summary>
    public static byte[] AuditStreamSignature(ReadOnlySpan<byte> body, string secret, string timestamp)
    {
        var key = Encoding.UTF8.GetBytes(secret);
        try
        {
            using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
            hmac.AppendData(Encoding.ASCII.GetBytes(timestamp));
            hmac.AppendData("."u8);
            hmac.AppendData(body);
            return hmac.GetHashAndReset();
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    /// <summary>Whether any candidate equals any expected MAC (one per secret), comparing in constant time.</summary>
    public static bool AnyMatches(IReadOnlyList<byte[]> candidates, IReadOnlyList<byte[]> expected)
    {
        var matched = false;
        foreach (var mac in expected)
        {
            foreach (var candidate in candidates)
            {
                // No early exit: the time taken does not depend on which secret or signature matched.
                matched |= CryptographicOperations.FixedTimeEquals(mac, candidate);
            }
        }

        return matched;
    }
}
