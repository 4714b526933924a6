namespace Beltic.Uploads;

/// <summary>
/// The file types Beltic accepts for evidence and identity documents (PDF, JPEG, PNG, WEBP, TIFF, HEIC/HEIF): checks a
/// declared MIME type against the allowlist and against the file's magic bytes, or recognises the type when none is
/// declared. Everything here runs before a request is sent.
/// </summary>
internal static class FileTypes
{
    /// <summary>Bytes needed to recognise every supported type.</summary>
    public const int SniffLength = 16;

    public static readonly IReadOnlySet<string> Allowed = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "application/pdf", "image/jpeg", "image/png", "image/webp", "image/tiff", "image/heic", "image/heif",
    };

    /// <summary>The normalised content type, or an <see cref="ArgumentException"/> that says what is wrong.</summary>
    /// <param name="declared">The caller's MIME type, or null to recognise it.</param>
    /// <param name="head">The first bytes of the file.</param>
    /// <param name="what">What the file is, for messages ("Evidence", "Document file 'front.jpg'").</param>
    /// <param name="parameterName">The argument to blame.</param>
    public static string Resolve(string? declared, ReadOnlySpan<byte> head, string what, string parameterName)
    {
        var sniffed = Sniff(head);
        if (declared is null)
        {
            return sniffed ?? throw new ArgumentException(
                $"{what}: the content type was not given and could not be recognised; pass one of: {AllowedList}.", parameterName);
        }

        var normalized = Normalize(declared);
        if (normalized == "image/jpg")
        {
            normalized = "image/jpeg";
        }

        RequireAllowed(normalized, declared, what, parameterName);

        if (sniffed is not null && sniffed != normalized && !(sniffed is "image/heic" && normalized is "image/heif"))
        {
            throw new ArgumentException($"{what} was declared as '{normalized}' but its content looks like '{sniffed}'.", parameterName);
        }

        return normalized;
    }

    /// <summary>The bare MIME type: parameters dropped, trimmed, lower case.</summary>
    public static string Normalize(string declared) => declared.Split(';')[0].Trim().ToLowerInvariant();

    /// <summary>Throws an <see cref="ArgumentException"/> naming the accepted types unless <paramref name="normalized"/> is one.</summary>
    public static void RequireAllowed(string normalized, string declared, string what, string parameterName)
    {
        if (!Allowed.Contains(normalized))
        {
            throw new ArgumentException($"{what}: content type '{declared}' is not accepted; use one of: {AllowedList}.", parameterName);
        }
    }

    private static string AllowedList => string.Join(", ", Allowed.Order());

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
