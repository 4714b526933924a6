namespace Beltic.Webhooks;

/// <summary>Reads the signature headers into MAC candidates; anything unreadable is an <see cref="WebhookSignatureFailure.InvalidHeader"/>.</summary>
internal static class WebhookSignatureParser
{
    private static readonly char[] Separators = [',', ' ', '\t'];

    /// <summary><c>sha256=&lt;hex&gt;</c>, or several of them separated by commas or spaces (entries of other schemes are ignored).</summary>
    public static List<byte[]> AuditStream(string header)
    {
        var candidates = new List<byte[]>();
        foreach (var entry in header.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = entry.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw Invalid(WebhookHeaders.AuditSignature, "is not of the form sha256=<hex>");
            }

            if (!entry.AsSpan(0, eq).Equals("sha256", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            candidates.Add(Hex(entry[(eq + 1)..]) ?? throw Invalid(WebhookHeaders.AuditSignature, "has a sha256 value that is not 64 hexadecimal characters"));
        }

        return candidates.Count > 0 ? candidates : throw Invalid(WebhookHeaders.AuditSignature, "has no sha256=<hex> entry");
    }

    /// <summary>Hex (64 characters) or base64/base64url (32 bytes), optionally prefixed <c>sha256=</c>; several separated by commas or spaces.</summary>
    public static List<byte[]> Document(string header)
    {
        var candidates = new List<byte[]>();
        foreach (var entry in header.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            var value = entry.StartsWith("sha256=", StringComparison.OrdinalIgnoreCase) ? entry["sha256=".Length..] : entry;
            candidates.Add(Hex(value) ?? Base64(value)
                ?? throw Invalid(WebhookHeaders.DocumentSignature, "is neither 64 hexadecimal characters nor the base64 of 32 bytes"));
        }

        return candidates.Count > 0 ? candidates : throw Invalid(WebhookHeaders.DocumentSignature, "is empty");
    }

    private static byte[]? Hex(string value)
    {
        if (value.Length != WebhookCrypto.SignatureLength * 2 || !value.All(char.IsAsciiHexDigit))
        {
            return null;
        }

        return Convert.FromHexString(value);
    }

    private static byte[]? Base64(string value)
    {
        // Standard or URL-safe alphabet, padded or not: normalise to padded standard base64 before decoding.
        var normal = value.Replace('-', '+').Replace('_', '/').TrimEnd('=');
        if (normal.Length != 43)
        {
            return null;
        }

        var bytes = new byte[WebhookCrypto.SignatureLength];
        return Convert.TryFromBase64String(normal + "=", bytes, out var written) && written == bytes.Length ? bytes : null;
    }

    private static WebhookSignatureException Invalid(string header, string problem)
        => new(WebhookSignatureFailure.InvalidHeader, $"The {header} header {problem}.", header);
}
