namespace Beltic.Verification.Status;

/// <summary>Settings of <see cref="HttpStatusListProvider"/>.</summary>
public sealed class HttpStatusListProviderOptions
{
    /// <summary>Cache lifetime when the response has no <c>Cache-Control: max-age</c>; default 60 s.</summary>
    public TimeSpan DefaultMaxAge { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Longest a list is cached even if the server allows more; default 5 min.</summary>
    public TimeSpan MaxMaxAge { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Optional secret that authenticates status lists shared through a <see cref="Microsoft.Extensions.Caching.Hybrid.HybridCache"/>:
    /// at least 32 random bytes, the same on every instance. With it, each shared entry carries an HMAC-SHA256 and an entry
    /// without a valid one is ignored, so whoever can write the cache without the secret cannot hide a revocation.
    /// Without it, the shared cache must be trusted like the verifiers themselves.
    /// </summary>
    public byte[]? SharedCacheIntegrityKey { get; set; }

    /// <summary>Only fetch https URLs; default true.</summary>
    public bool RequireHttps { get; set; } = true;

    /// <summary>
    /// If not empty, only URLs under one of these prefixes are fetched; a prefix without a trailing slash ends at a path
    /// boundary (<c>https://lists.example.com</c> admits <c>https://lists.example.com/…</c>, not <c>https://lists.example.com.evil/…</c>).
    /// URLs with user info are never fetched.
    /// </summary>
    public IList<string> AllowedUrlPrefixes { get; } = [];

    /// <summary>Largest (compressed) document accepted; default 1 MiB.</summary>
    public int MaxDocumentBytes { get; set; } = 1024 * 1024;
}
