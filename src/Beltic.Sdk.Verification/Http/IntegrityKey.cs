namespace Beltic.Verification.Http;

/// <summary>Checks a shared-cache integrity key before any entry is written or trusted under it.</summary>
internal static class IntegrityKey
{
    public const int MinimumBytes = 32;

    public static byte[]? Validate(byte[]? key, string optionName)
        => key is null || key.Length >= MinimumBytes
            ? key
            : throw new ArgumentException(
                $"{optionName} must be at least {MinimumBytes} random bytes (was {key.Length}); use RandomNumberGenerator.GetBytes({MinimumBytes}) once and give every instance the same value.",
                optionName);
}
