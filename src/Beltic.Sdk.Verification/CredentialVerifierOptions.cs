namespace Beltic.Verification;

/// <summary>Settings of <see cref="CredentialVerifier"/>.</summary>
public sealed class CredentialVerifierOptions
{
    /// <summary>Beltic's issuer DID.</summary>
    public const string BelticIssuer = "did:web:beltic.com";

    /// <summary>Issuers whose credentials are accepted (exact match); default <c>did:web:beltic.com</c>.</summary>
    public IList<string> TrustedIssuers { get; } = [BelticIssuer];

    /// <summary>Tolerance applied to every time bound; default 60 s.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Largest token accepted, in bytes; default 64 KiB.</summary>
    public int MaxTokenBytes { get; set; } = 64 * 1024;

    /// <summary>Whether a credential with neither <c>exp</c> nor <c>validUntil</c> is accepted (VC 2.0 allows it); default true.</summary>
    public bool AllowNoExpiry { get; set; } = true;

    /// <summary>Whether step 6 runs; default true. Turning it off accepts revoked credentials.</summary>
    public bool CheckStatus { get; set; } = true;

    /// <summary>
    /// Whether a credential whose status cannot be determined is accepted. Default false: such a credential fails with
    /// <c>status_unavailable</c> (fail closed). Opting in is an explicit risk decision.
    /// </summary>
    public bool AcceptUnavailableStatus { get; set; }

    /// <summary>Largest decompressed status list accepted (gzip-bomb guard); default 16 MiB.</summary>
    public int MaxStatusListBytes { get; set; } = 16 * 1024 * 1024;

    internal void Validate()
    {
        if (TrustedIssuers.Count == 0 || TrustedIssuers.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("CredentialVerifierOptions.TrustedIssuers needs at least one non-empty issuer DID.");
        }

        if (ClockSkew < TimeSpan.Zero || ClockSkew > TimeSpan.FromHours(1))
        {
            throw new ArgumentOutOfRangeException(nameof(ClockSkew), ClockSkew, "CredentialVerifierOptions.ClockSkew must be between 0 and 1 hour.");
        }

        if (MaxTokenBytes is < 256 or > 16 * 1024 * 1024)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxTokenBytes), MaxTokenBytes, "CredentialVerifierOptions.MaxTokenBytes must be between 256 bytes and 16 MiB.");
        }

        if (MaxStatusListBytes < 16_384)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxStatusListBytes), MaxStatusListBytes, "CredentialVerifierOptions.MaxStatusListBytes must be at least 16384 (the minimum list size).");
        }
    }
}
