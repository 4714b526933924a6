namespace Beltic.Credentials;

/// <summary>Client-side checks for evidence uploads: allowed types (PDF, JPEG, PNG, WEBP, TIFF, HEIC/HEIF), size ≤ 10 MB, not empty.</summary>
internal static class EvidenceFile
{
    public const long MaxBytes = 10 * 1024 * 1024;

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

    /// <summary>Checks the declared type (or recognises one) against the allowlist and the file's magic bytes.</summary>
    public static string ResolveContentType(string? declared, ReadOnlySpan<byte> bytes)
        => Http.FileTypes.Resolve(declared, bytes, "Evidence", nameof(declared));
}
