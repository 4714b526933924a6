using Beltic.Verification.Diagnostics;
using Beltic.Verification.Http;
using Microsoft.Extensions.Caching.Hybrid;

namespace Beltic.Verification.Keys;

/// <summary>
/// Online keys: fetches each issuer's JWKS over HTTPS, caches it per <c>Cache-Control</c> (default 1 h, at most
/// <see cref="HttpJwksProviderOptions.MaxMaxAge"/>), and on an unknown kid re-fetches once — at most once per
/// <see cref="HttpJwksProviderOptions.MinRefreshInterval"/>, with concurrent misses sharing one fetch.
/// <c>jku</c>/<c>x5u</c> headers are never followed: only configured URLs are. Given a <see cref="HybridCache"/>, a
/// fleet shares what it fetches — but only authenticated: every shared key set carries an HMAC under
/// <see cref="HttpJwksProviderOptions.SharedCacheIntegrityKey"/>, because whoever could write an unauthenticated
/// shared key set could add a key and forge credentials every instance accepts.
/// </summary>
public sealed class HttpJwksProvider : IJwksProvider
{
    private const string SharedPrefix = "beltic:verifier:jwks:v2:";

    // A shared key set is fresh at most this long after it was produced, whatever MaxMaxAge allows one instance: it
    // bounds how long an authentic old copy (from before a key was removed) can be written back to instances that
    // never saw a newer one.
    private static readonly TimeSpan SharedMaxAge = TimeSpan.FromHours(1);

    private readonly HttpJwksProviderOptions _options;
    private readonly TimeProvider _time;
    private readonly DocumentFetcher _fetcher;
    private readonly SharedDocumentCache? _shared;
    private readonly Dictionary<string, Issuer> _issuers = new(StringComparer.Ordinal);

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
            _issuers[issuer] = new Issuer();
        }
    }

    /// <summary>
    /// Creates a provider that shares fetched key sets with other instances through <paramref name="sharedCache"/>,
    /// each authenticated with <see cref="HttpJwksProviderOptions.SharedCacheIntegrityKey"/> (required).
    /// </summary>
    /// <param name="http">The HTTP client (not disposed by the provider).</param>
    /// <param name="sharedCache">The cache the fleet shares (e.g. <c>AddHybridCache()</c> over a Redis <c>IDistributedCache</c>).</param>
    /// <param name="options">Settings, with the fleet's <see cref="HttpJwksProviderOptions.SharedCacheIntegrityKey"/>.</param>
    /// <param name="timeProvider">Clock for cache expiry; default system.</param>
    /// <exception cref="ArgumentException">The options carry no integrity key, or one shorter than 32 bytes.</exception>
    public HttpJwksProvider(HttpClient http, HybridCache sharedCache, HttpJwksProviderOptions options, TimeProvider? timeProvider = null)
        : this(http, options, timeProvider)
    {
        ArgumentNullException.ThrowIfNull(sharedCache);
        ArgumentNullException.ThrowIfNull(options);
        var key = IntegrityKey.Validate(options.SharedCacheIntegrityKey, "HttpJwksProviderOptions.SharedCacheIntegrityKey")
            ?? throw new ArgumentException(
                "Key sets are shared only when authenticated: set HttpJwksProviderOptions.SharedCacheIntegrityKey to the fleet's secret (at least 32 random bytes), or use the constructor without a shared cache.",
                nameof(options));
        _shared = new SharedDocumentCache(sharedCache, _time, _options.MaxMaxAge < SharedMaxAge ? _options.MaxMaxAge : SharedMaxAge, _options.MaxDocumentBytes, key);
    }

    /// <summary>How many JWKS fetches this instance has started (reads from a shared cache are not fetches).</summary>
    public int FetchCount => _fetchCount;

    private int _fetchCount;

    /// <inheritdoc />
    public async ValueTask<IssuerKey?> FindKeyAsync(string issuer, string kid, CancellationToken cancellationToken)
    {
        if (!_issuers.TryGetValue(issuer, out var state))
        {
            return null;
        }

        var entry = state.Entry;
        var now = _time.GetUtcNow();
        var set = entry.Value;
        var fresh = set is not null && now < entry.ExpiresAt;
        VerifierTelemetry.CacheLookup(VerifierTelemetry.Jwks, fresh);
        if (set is null || !fresh)
        {
            set = await entry.RefreshAsync(() => FetchAsync(issuer, state, fromOrigin: false), _time).WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        if (set.TryGet(kid, out var key))
        {
            return key;
        }

        // Unknown kid: maybe the issuer rotated. Refresh from the issuer itself (a shared copy may predate the rotation),
        // at most once per MinRefreshInterval since this instance last asked the issuer (claimed atomically), coalesced.
        if (!state.TryClaimOriginFetch(now, _options.MinRefreshInterval))
        {
            return null;
        }

        VerifierTelemetry.CacheLookup(VerifierTelemetry.Jwks, hit: false);
        var asked = state.OriginFetches;
        set = await entry.RefreshAsync(() => FetchAsync(issuer, state, fromOrigin: true), _time).WaitAsync(cancellationToken).ConfigureAwait(false);
        if (!set.TryGet(kid, out key) && state.OriginFetches == asked)
        {
            // This joined a refresh that was reading the shared copy, not asking the issuer: ask it now.
            set = await entry.RefreshAsync(() => FetchAsync(issuer, state, fromOrigin: true), _time).WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        return set.TryGet(kid, out key) ? key : null;
    }

    private async Task<(IssuerKeySet, TimeSpan)> FetchAsync(string issuer, Issuer state, bool fromOrigin)
    {
        if (_shared is null)
        {
            var fetched = await FetchOverHttpAsync(issuer, state).ConfigureAwait(false);
            return (fetched.Set, fetched.Ttl);
        }

        IssuerKeySet? own = null;
        var (content, ttl) = await _shared.GetAsync(
            _shared.EntryName(SharedPrefix, issuer + " " + _options.JwksUrls[issuer].AbsoluteUri),
            async () =>
            {
                var fetched = await FetchOverHttpAsync(issuer, state).ConfigureAwait(false);
                own = fetched.Set;
                return (fetched.Content, fetched.Ttl);
            },
            fromOrigin).ConfigureAwait(false);

        // A set fetched here was parsed (and so vetted) before it was published; an authentic shared one is parsed once.
        if (own is not null)
        {
            return (own, ttl);
        }

        try
        {
            return (IssuerKeySet.Parse(content), ttl);
        }
        catch (Exception) when (!fromOrigin)
        {
            // Authentic but unreadable here (an instance of another version wrote it): ask the issuer, publish over it.
            return await FetchAsync(issuer, state, fromOrigin: true).ConfigureAwait(false);
        }
    }

    private async Task<(string Content, IssuerKeySet Set, TimeSpan Ttl)> FetchOverHttpAsync(string issuer, Issuer state)
    {
        Interlocked.Increment(ref _fetchCount);
        state.StartedOriginFetch(_time.GetUtcNow());
        try
        {
            var (content, maxAge) = await _fetcher.FetchAsync(_options.JwksUrls[issuer], CancellationToken.None).ConfigureAwait(false);
            var ttl = maxAge ?? _options.DefaultMaxAge;
            return (content, IssuerKeySet.Parse(content), ttl > _options.MaxMaxAge ? _options.MaxMaxAge : ttl);
        }
        catch (Exception ex)
        {
            // A document that is not a JWKS counts as a failed fetch, like one that could not be read.
            VerifierTelemetry.FetchFailed(VerifierTelemetry.Jwks, ex);
            throw;
        }
    }

    /// <summary>One issuer's cached key set, and when and how often this instance asked the issuer itself.</summary>
    private sealed class Issuer
    {
        private long _lastOriginTicks = DateTimeOffset.MinValue.UtcTicks;
        private int _originFetches;

        public CachedEntry<IssuerKeySet> Entry { get; } = new();

        public int OriginFetches => Volatile.Read(ref _originFetches);

        public void StartedOriginFetch(DateTimeOffset now)
        {
            Interlocked.Increment(ref _originFetches);
            Volatile.Write(ref _lastOriginTicks, now.UtcTicks);
        }

        /// <summary>Takes the right to ask the issuer now, unless it was asked less than <paramref name="interval"/> ago.</summary>
        public bool TryClaimOriginFetch(DateTimeOffset now, TimeSpan interval)
        {
            var last = Volatile.Read(ref _lastOriginTicks);
            return now.UtcTicks - last >= interval.Ticks && Interlocked.CompareExchange(ref _lastOriginTicks, now.UtcTicks, last) == last;
        }
    }
}
