using Beltic.Verification.Diagnostics;
using System.Collections.Concurrent;
using Beltic.Verification.Http;
using Microsoft.Extensions.Caching.Hybrid;

namespace Beltic.Verification.Status;

/// <summary>
/// Online status lists: fetched over HTTPS from the credential's <c>statusListCredential</c> URL, cached per
/// <c>Cache-Control</c> (default 60 s), concurrent misses sharing one fetch. Given a <see cref="HybridCache"/> (for
/// example over Redis), instances share what they fetch: a fleet fetches a list once per max-age, and no instance
/// keeps a list longer than the fetch that produced it allowed, so a revocation shows within the same 60 s.
/// </summary>
public sealed class HttpStatusListProvider : IStatusListProvider
{
    private readonly HttpStatusListProviderOptions _options;
    private readonly TimeProvider _time;
    private readonly DocumentFetcher _fetcher;
    private readonly ConcurrentDictionary<string, CachedEntry<StatusListContent>> _entries = new(StringComparer.Ordinal);
    private readonly SharedDocumentCache? _shared;
    private int _fetchCount;

    /// <summary>Creates the provider.</summary>
    /// <param name="http">The HTTP client (not disposed by the provider).</param>
    /// <param name="options">Settings.</param>
    /// <param name="timeProvider">Clock for cache expiry; default system.</param>
    public HttpStatusListProvider(HttpClient http, HttpStatusListProviderOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        _options = options ?? new HttpStatusListProviderOptions();
        _time = timeProvider ?? TimeProvider.System;
        _fetcher = new DocumentFetcher(http, _options.RequireHttps, _options.MaxDocumentBytes);
    }

    /// <summary>Creates a provider that shares fetched lists with other instances through <paramref name="sharedCache"/>.</summary>
    /// <param name="http">The HTTP client (not disposed by the provider).</param>
    /// <param name="sharedCache">
    /// The cache the fleet shares (e.g. <c>AddHybridCache()</c> with a Redis <c>IDistributedCache</c>). Without
    /// <see cref="HttpStatusListProviderOptions.SharedCacheIntegrityKey"/>, whoever can write to it can hide a revocation
    /// until the reader's <see cref="HttpStatusListProviderOptions.MaxMaxAge"/> passes: give it the same trust as the
    /// verifiers, or set the key.
    /// </param>
    /// <param name="options">Settings.</param>
    /// <param name="timeProvider">Clock for cache expiry; default system.</param>
    public HttpStatusListProvider(HttpClient http, HybridCache sharedCache, HttpStatusListProviderOptions? options = null, TimeProvider? timeProvider = null)
        : this(http, options, timeProvider)
    {
        ArgumentNullException.ThrowIfNull(sharedCache);
        var key = IntegrityKey.Validate(_options.SharedCacheIntegrityKey, "HttpStatusListProviderOptions.SharedCacheIntegrityKey");
        _shared = new SharedDocumentCache(sharedCache, _time, _options.MaxMaxAge, _options.MaxDocumentBytes, key);
    }

    /// <summary>How many HTTP fetches this instance has started (reads from a shared cache are not fetches).</summary>
    public int FetchCount => _fetchCount;

    /// <inheritdoc />
    public async ValueTask<StatusListContent?> GetAsync(string url, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !Allowed(url, uri))
        {
            return null;
        }

        var entry = _entries.GetOrAdd(url, static _ => new CachedEntry<StatusListContent>());
        if (entry.Value is { } cached && _time.GetUtcNow() < entry.ExpiresAt)
        {
            VerifierTelemetry.CacheLookup(VerifierTelemetry.StatusList, hit: true);
            return cached;
        }

        VerifierTelemetry.CacheLookup(VerifierTelemetry.StatusList, hit: false);

        return await entry.RefreshAsync(() => FetchAsync(uri), _time).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// No user info (<c>https://lists.example.com@evil.example/</c>), and under an allowed prefix at a boundary: a prefix
    /// <c>https://lists.example.com</c> admits <c>…com/…</c>, not <c>…com.evil.example/…</c>.
    /// </summary>
    private bool Allowed(string url, Uri uri)
    {
        if (uri.UserInfo.Length > 0)
        {
            return false;
        }

        if (_options.AllowedUrlPrefixes.Count == 0)
        {
            return true;
        }

        foreach (var prefix in _options.AllowedUrlPrefixes)
        {
            if (url.StartsWith(prefix, StringComparison.Ordinal) &&
                (prefix.EndsWith('/') || url.Length == prefix.Length || url[prefix.Length] is '/' or '?' or '#'))
            {
                return true;
            }
        }

        return false;
    }

    private async Task<(StatusListContent, TimeSpan)> FetchAsync(Uri uri)
    {
        var (content, ttl) = _shared is null
            ? await FetchOverHttpAsync(uri).ConfigureAwait(false)
            : await _shared.GetAsync(_shared.EntryName("beltic:verifier:status-list:v2:", uri.AbsoluteUri), () => FetchOverHttpAsync(uri)).ConfigureAwait(false);
        return (new StatusListContent(content), ttl);
    }

    private async Task<(string Content, TimeSpan Ttl)> FetchOverHttpAsync(Uri uri)
    {
        Interlocked.Increment(ref _fetchCount);
        try
        {
            var (content, maxAge) = await _fetcher.FetchAsync(uri, CancellationToken.None).ConfigureAwait(false);
            var ttl = maxAge ?? _options.DefaultMaxAge;
            return (content, ttl > _options.MaxMaxAge ? _options.MaxMaxAge : ttl);
        }
        catch (Exception ex)
        {
            VerifierTelemetry.FetchFailed(VerifierTelemetry.StatusList, ex);
            throw;
        }
    }
}
