namespace Beltic.Credentials;

/// <summary>Client-side checks for evidence uploads: allowed types (PDF, JPEG, PNG, WEBP, TIFF, HEIC/HEIF), size ≤ 10 MB, not empty.</summary>
internal static class EvidenceFile
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public static readonly IReadOnlySet<string> AllowedContentTypes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "application/pdf", "image/jpeg", "image/png", "image/webp", "image/tiff", "image/heic", "image/heif",
    };

    public static async Task<byte[]> ReadAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!content.CanRead)
        {
            throw new ArgumentException("The evidence stream is not readable.", nameof(content));
        }

        if (content.CanSeek && content.Length - content.Position > MaxBytes)
        {
            throw new ArgumentException($"Evidence files may be at most 10 MB ({MaxBytes} bytes); this one is {content.Length - content.Position} bytes.", nameof(content));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                throw new ArgumentException($"Evidence files may be at most 10 MB ({MaxBytes} bytes); this one is larger.", nameof(content));
            }
        }

        if (buffer.Length == 0)
        {
            throw new ArgumentException("The evidence stream is empty.", nameof(content));
        }

        return buffer.ToArray();
    }

    /// <summary>Checks the declared type (or sniffs one) against the allowlist and the file's magic bytes.</summary>
    public static string ResolveContentType(string? declared, ReadOnlySpan<byte> bytes)
    {
        var sniffed = Sniff(bytes);
        if (declared is null)
        {
            return sniffed ?? throw new ArgumentException(
                "The evidence content type was not given and could not be recognised; pass one of: " + string.Join(", ", AllowedContentTypes.Order()) + ".", nameof(declared));
        }

        var normalized = declared.Split(';')[0].Trim().ToLowerInvariant();
        if (normalized == "image/jpg")
        {
            normalized = "image/jpeg";
        }

        if (!AllowedContentTypes.Contains(normalized))
        {
            throw new ArgumentException(
                $"Evidence content type '{declared}' is not accepted; use one of: " + string.Join(", ", AllowedContentTypes.Order()) + ".", nameof(declared));
        }

        if (sniffed is not null && sniffed != normalized && !(sniffed is "image/heic" && normalized is "image/heif"))
        {
            throw new ArgumentException($"The evidence was declared as '{normalized}' but its content looks like '{sniffed}'.", nameof(declared));
        }

        return normalized;
    }

    private static string? Sniff(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith("%PDF-"u8))
        {
            return "application/pdf";
        }

        if (b.Length >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF)
        {
            return "image/jpeg";
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "image/png";
        }

        if (b.Length >= 12 && b.StartsWith("RIFF"u8) && b[8..12].SequenceEqual("WEBP"u8))
        {
            return "image/webp";
        }

        if (b.StartsWith("II*\0"u8) || b.StartsWith("MM\0*"u8))
        {
            return "image/tiff";
        }

        if (b.Length >= 12 && b[4..8].SequenceEqual("ftyp"u8))
        {
            var brand = b[8..12];
            if (brand.SequenceEqual("heic"u8) || brand.SequenceEqual("heix"u8) || brand.SequenceEqual("hevc"u8))
            {
                return "image/heic";
            }

            if (brand.SequenceEqual("mif1"u8) || brand.SequenceEqual("msf1"u8))
            {
                return "image/heif";
            }
        }

        return null;
    }
}
