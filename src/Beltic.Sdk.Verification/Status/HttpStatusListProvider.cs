using System.Collections.Concurrent;
using Beltic.Verification.Http;

namespace Beltic.Verification.Status;

/// <summary>
/// Online status lists: fetched over HTTPS from the credential's <c>statusListCredential</c> URL, cached per
/// <c>Cache-Control</c> (default 60 s), concurrent misses sharing one fetch.
/// </summary>
public sealed class HttpStatusListProvider : IStatusListProvider
{
    private readonly HttpStatusListProviderOptions _options;
    private readonly TimeProvider _time;
    private readonly DocumentFetcher _fetcher;
    private readonly ConcurrentDictionary<string, CachedEntry<StatusListContent>> _entries = new(StringComparer.Ordinal);
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

    /// <summary>How many fetches have been started.</summary>
    public int FetchCount => _fetchCount;

    /// <inheritdoc />
    public async ValueTask<StatusListContent?> GetAsync(string url, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) ||
            (_options.AllowedUrlPrefixes.Count > 0 && !_options.AllowedUrlPrefixes.Any(p => url.StartsWith(p, StringComparison.Ordinal))))
        {
            return null;
        }

        var entry = _entries.GetOrAdd(url, static _ => new CachedEntry<StatusListContent>());
        if (entry.Value is { } cached && _time.GetUtcNow() < entry.ExpiresAt)
        {
            return cached;
        }

        return await entry.RefreshAsync(() => FetchAsync(uri), _time).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<(StatusListContent, TimeSpan)> FetchAsync(Uri uri)
    {
        Interlocked.Increment(ref _fetchCount);
        var (content, maxAge) = await _fetcher.FetchAsync(uri, CancellationToken.None).ConfigureAwait(false);
        var ttl = maxAge ?? _options.DefaultMaxAge;
        return (new StatusListContent(content), ttl > _options.MaxMaxAge ? _options.MaxMaxAge : ttl);
    }
}
