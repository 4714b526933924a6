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

    /// <summary>
    /// How many signature verdicts to remember (rounded up to a power of two); default 0, off. With it on, a token seen
    /// before skips parsing, the schema and the ECDSA check, all functions of its exact bytes, while the issuer still
    /// serves the same public key under its kid; the key lookup, time, status and policy steps still run every time.
    /// Each entry keeps the token text plus about 1 KB, and (once a transaction was evaluated or
    /// <see cref="VerifiedCredential.Payload"/> was read) its parsed JSON, about 3 times the payload.
    /// </summary>
    public int SignatureCacheSize { get; set; }

    /// <summary>Longest token (in characters) the signature cache keeps; longer ones are always verified in full. Default 8192.</summary>
    public int SignatureCacheMaxTokenLength { get; set; } = 8 * 1024;

    /// <summary>Skips the canonical fast path (tests compare its verdicts with the full path's).</summary>
    internal bool FullPathOnly { get; set; }

    internal void Validate()
    {
        if (SignatureCacheSize is < 0 or > 1 << 20)
        {
            throw new ArgumentOutOfRangeException(nameof(SignatureCacheSize), SignatureCacheSize, "CredentialVerifierOptions.SignatureCacheSize must be between 0 (off) and 1,048,576.");
        }

        if (SignatureCacheMaxTokenLength < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(SignatureCacheMaxTokenLength), SignatureCacheMaxTokenLength, "CredentialVerifierOptions.SignatureCacheMaxTokenLength must not be negative.");
        }

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
