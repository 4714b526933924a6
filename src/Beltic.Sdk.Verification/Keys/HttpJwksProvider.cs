using Beltic.Verification.Http;
using Microsoft.Extensions.Caching.Hybrid;

namespace Beltic.Verification.Keys;

/// <summary>
/// Online keys: fetches each issuer's JWKS over HTTPS, caches it per <c>Cache-Control</c> (default 1 h), and on an
/// unknown kid re-fetches once — at most once per <see cref="HttpJwksProviderOptions.MinRefreshInterval"/>, with
/// concurrent misses sharing one fetch. <c>jku</c>/<c>x5u</c> headers are never followed: only configured URLs are.
/// Given a <see cref="HybridCache"/>, instances share fetched key sets; a refresh for an unknown kid always goes to the
/// issuer (still rate-limited per instance) and publishes what it finds, so a rotation seen by one instance reaches all.
/// </summary>
public sealed class HttpJwksProvider : IJwksProvider
{
    private readonly HttpJwksProviderOptions _options;
    private readonly TimeProvider _time;
    private readonly DocumentFetcher _fetcher;
    private readonly Dictionary<string, CachedEntry<IssuerKeySet>> _entries = new(StringComparer.Ordinal);
    private readonly SharedDocumentCache? _shared;

    /// <summary>Creates the provider.</summary>
    /// <param name="http">The HTTP client (not disposed by the provider).</param>
    /// <param name="options">Settings; default Beltic's JWKS URL.</param>
    /// <param name="timeProvider">Clock for cache expiry; default system.</param>
    public HttpJwksProvider(HttpClient http, HttpJwksProviderOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        _options = options ?? new HttpJwksProviderOptions();
        _time = timeProvider ?? TimeProvider.System;
        _fetcher = new DocumentFetcher(http, _options.RequireHttps, _options.MaxDocumentBytes);
        foreach (var issuer in _options.JwksUrls.Keys)
        {
            _entries[issuer] = new CachedEntry<IssuerKeySet>();
        }
    }

    /// <summary>Creates a provider that shares fetched key sets with other instances through <paramref name="sharedCache"/>.</summary>
    /// <param name="http">The HTTP client (not disposed by the provider).</param>
    /// <param name="sharedCache">The cache the fleet shares (e.g. <c>AddHybridCache()</c> with a Redis <c>IDistributedCache</c>); trust it like the verifiers.</param>
    /// <param name="options">Settings; default Beltic's JWKS URL.</param>
    /// <param name="timeProvider">Clock for cache expiry; default system.</param>
    public HttpJwksProvider(HttpClient http, HybridCache sharedCache, HttpJwksProviderOptions? options = null, TimeProvider? timeProvider = null)
        : this(http, options, timeProvider)
    {
        ArgumentNullException.ThrowIfNull(sharedCache);
        _shared = new SharedDocumentCache(sharedCache, _time, _options.DefaultMaxAge, _options.MaxDocumentBytes);
    }

    /// <summary>How many JWKS fetches have been started (for diagnostics and tests).</summary>
    public int FetchCount => _fetchCount;

    private int _fetchCount;

    /// <inheritdoc />
    public async ValueTask<IssuerKey?> FindKeyAsync(string issuer, string kid, CancellationToken cancellationToken)
    {
        if (!_entries.TryGetValue(issuer, out var entry))
        {
            return null;
        }

        var now = _time.GetUtcNow();
        var set = entry.Value;
        if (set is null || now >= entry.ExpiresAt)
        {
            set = await entry.RefreshAsync(() => FetchAsync(issuer, forceFresh: false), _time).WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        if (set.TryGet(kid, out var key))
        {
            return key;
        }

        // Unknown kid: maybe the issuer rotated. Refresh once, rate-limited and coalesced.
        if (now - entry.LastFetchStarted < _options.MinRefreshInterval)
        {
            return null;
        }

        set = await entry.RefreshAsync(() => FetchAsync(issuer, forceFresh: true), _time).WaitAsync(cancellationToken).ConfigureAwait(false);
        return set.TryGet(kid, out key) ? key : null;
    }

    private async Task<(IssuerKeySet, TimeSpan)> FetchAsync(string issuer, bool forceFresh)
    {
        var url = _options.JwksUrls[issuer];
        var (content, ttl) = _shared is null
            ? await FetchOverHttpAsync(url).ConfigureAwait(false)
            : await _shared.GetAsync("beltic:verifier:jwks:v1:" + issuer + " " + url.AbsoluteUri, () => FetchOverHttpAsync(url), forceFresh).ConfigureAwait(false);
        return (IssuerKeySet.Parse(content), ttl);
    }

    private async Task<(string Content, TimeSpan Ttl)> FetchOverHttpAsync(Uri url)
    {
        Interlocked.Increment(ref _fetchCount);
        var (content, maxAge) = await _fetcher.FetchAsync(url, CancellationToken.None).ConfigureAwait(false);
        IssuerKeySet.Parse(content); // never publish what is not a JWKS
        return (content, maxAge ?? _options.DefaultMaxAge);
    }
}
