namespace Beltic.Verification.Keys;

/// <summary>Settings of <see cref="HttpJwksProvider"/>.</summary>
public sealed class HttpJwksProviderOptions
{
    /// <summary>Where each issuer's JWKS lives; default <c>did:web:beltic.com</c> → <c>https://api.beltic.com/.well-known/jwks.json</c>.</summary>
    public IDictionary<string, Uri> JwksUrls { get; } = new Dictionary<string, Uri>(StringComparer.Ordinal)
    {
        [CredentialVerifierOptions.BelticIssuer] = new("https://api.beltic.com/.well-known/jwks.json"),
    };

    /// <summary>Cache lifetime when the response has no <c>Cache-Control: max-age</c>; default 1 h.</summary>
    public TimeSpan DefaultMaxAge { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Longest a key set is kept even if the server allows more (<c>Cache-Control: max-age</c>); default 24 h, so a key
    /// the issuer removes stops being trusted within a day whatever the server said.
    /// </summary>
    public TimeSpan MaxMaxAge { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// The secret that authenticates key sets shared through a <see cref="Microsoft.Extensions.Caching.Hybrid.HybridCache"/>:
    /// at least 32 random bytes, the same on every instance of the fleet, kept like any other secret. Each shared entry
    /// carries an HMAC-SHA256 under it, and an entry without a valid one is ignored, so whoever can write the shared
    /// cache but does not hold this secret cannot add a key. Required to share key sets; unused otherwise.
    /// </summary>
    public byte[]? SharedCacheIntegrityKey { get; set; }

    /// <summary>Minimum time between refreshes triggered by unknown kids (so random kids cannot hammer the issuer); default 30 s.</summary>
    public TimeSpan MinRefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Only fetch https URLs; default true. Turn off only for tests against a local server.</summary>
    public bool RequireHttps { get; set; } = true;

    /// <summary>Largest JWKS accepted; default 1 MiB.</summary>
    public int MaxDocumentBytes { get; set; } = 1024 * 1024;
}
