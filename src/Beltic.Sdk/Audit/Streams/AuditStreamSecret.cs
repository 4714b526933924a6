using System.Security.Cryptography;

namespace Beltic.Audit;

/// <summary>The signing secret of an audit stream: 32–256 characters, chosen by you when you create the stream.</summary>
public static class AuditStreamSecret
{
    /// <summary>The shortest secret the API accepts.</summary>
    public const int MinLength = 32;

    /// <summary>The longest secret the API accepts.</summary>
    public const int MaxLength = 256;

    /// <summary>
    /// A new random secret: 48 bytes from <see cref="RandomNumberGenerator"/> (384 bits), base64url-encoded to 64
    /// characters. Store it where your receiving endpoint can read it; Beltic signs every delivery with it.
    /// </summary>
    /// <returns>The secret.</returns>
    public static string Generate()
    {
        Span<byte> bytes = stackalloc byte[48];
        RandomNumberGenerator.Fill(bytes);
        var text = Convert.ToBase64String(bytes).Replace('+', '-').Replace('/', '_');
        CryptographicOperations.ZeroMemory(bytes);
        return text;
    }

    /// <summary>Throws unless the secret has an acceptable length (the message never contains the secret).</summary>
    internal static void Validate(string? secret, string name)
    {
        ArgumentNullException.ThrowIfNull(secret, name);
        if (secret.Length is < MinLength or > MaxLength)
        {
            throw new ArgumentException(
                $"'{name}' must be {MinLength} to {MaxLength} characters long; it has {secret.Length}. Use AuditStreamSecret.Generate() for a strong one.", name);
        }

        if (string.IsNullOrWhiteSpace(secret))
        {
            throw new ArgumentException($"'{name}' must not be white space.", name);
        }
    }
}
