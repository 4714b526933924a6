namespace Beltic.Verification.Status;

/// <summary>Settings of <see cref="HttpStatusListProvider"/>.</summary>
public sealed class HttpStatusListProviderOptions
{
    /// <summary>Cache lifetime when the response has no <c>Cache-Control: max-age</c>; default 60 s.</summary>
    public TimeSpan DefaultMaxAge { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Longest a list is cached even if the server allows more; default 5 min.</summary>
    public TimeSpan MaxMaxAge { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Only fetch https URLs; default true.</summary>
    public bool RequireHttps { get; set; } = true;

    /// <summary>If not empty, only URLs starting with one of these prefixes are fetched.</summary>
    public IList<string> AllowedUrlPrefixes { get; } = [];

    /// <summary>Largest (compressed) document accepted; default 1 MiB.</summary>
    public int MaxDocumentBytes { get; set; } = 1024 * 1024;
}
