using Beltic.Verification.Diagnostics;
using Beltic.Verification.Http;

namespace Beltic.Verification.Keys;

/// <summary>
/// Online keys: fetches each issuer's JWKS over HTTPS, caches it per <c>Cache-Control</c> (default 1 h), and on an
/// unknown kid re-fetches once — at most once per <see cref="HttpJwksProviderOptions.MinRefreshInterval"/>, with
/// concurrent misses sharing one fetch. <c>jku</c>/<c>x5u</c> headers are never followed: only configured URLs are.
/// Key sets are never taken from a shared cache: whoever could write one could add a key and forge credentials, and a
/// JWKS is fetched about once an hour per instance anyway (status lists, which change every minute, can be shared).
/// </summary>
public sealed class HttpJwksProvider : IJwksProvider
{
    private readonly HttpJwksProviderOptions _options;
    private readonly TimeProvider _time;
    private readonly DocumentFetcher _fetcher;
    private readonly Dictionary<string, CachedEntry<IssuerKeySet>> _entries = new(StringComparer.Ordinal);

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
        var fresh = set is not null && now < entry.ExpiresAt;
        VerifierTelemetry.CacheLookup(VerifierTelemetry.Jwks, fresh);
        if (set is null || !fresh)
        {
            set = await entry.RefreshAsync(() => FetchAsync(issuer), _time).WaitAsync(cancellationToken).ConfigureAwait(false);
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

        VerifierTelemetry.CacheLookup(VerifierTelemetry.Jwks, hit: false);
        set = await entry.RefreshAsync(() => FetchAsync(issuer), _time).WaitAsync(cancellationToken).ConfigureAwait(false);
        return set.TryGet(kid, out key) ? key : null;
    }

    private async Task<(IssuerKeySet, TimeSpan)> FetchAsync(string issuer)
    {
        Interlocked.Increment(ref _fetchCount);
        try
        {
            var (content, maxAge) = await _fetcher.FetchAsync(_options.JwksUrls[issuer], CancellationToken.None).ConfigureAwait(false);
            return (IssuerKeySet.Parse(content), maxAge ?? _options.DefaultMaxAge);
        }
        catch (Exception ex)
        {
            // A document that is not a JWKS counts as a failed fetch, like one that could not be read.
            VerifierTelemetry.FetchFailed(VerifierTelemetry.Jwks, ex);
            throw;
        }
    }
}
