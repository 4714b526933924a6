using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.Caching.Hybrid;

namespace Beltic.Verification.Http;

/// <summary>
/// A fetched document shared through a <see cref="HybridCache"/> (e.g. backed by Redis), so that a fleet of verifiers
/// fetches it once per lifetime instead of once per instance. The value stored is the text and the instant it stops
/// being fresh, taken from the fetch that produced it: a reader never serves it past that instant, so sharing never
/// makes a document older than a single instance would have kept it; an entry claiming to stay fresh longer than this
/// reader's own limit is treated as stale and fetched again. A stale shared copy is refreshed by the first
/// reader that finds it stale (after looking past its own in-memory tier), which publishes the new one. The cache is
/// an optimisation only: when it fails, the document is fetched directly. Stored as a plain string (no serializer).
/// </summary>
internal sealed class SharedDocumentCache(HybridCache cache, TimeProvider time, TimeSpan retention, int maxBytes)
{
    private static readonly long MaxUnixMilliseconds = DateTimeOffset.MaxValue.ToUnixTimeMilliseconds();

    private readonly HybridCacheEntryOptions _options = new() { Expiration = retention, LocalCacheExpiration = retention };
    private readonly HybridCacheEntryOptions _pastLocal = new() { Expiration = retention, LocalCacheExpiration = retention, Flags = HybridCacheEntryFlags.DisableLocalCacheRead };

    /// <summary>The document and how long it stays fresh: a shared copy while it is fresh, else a new fetch that is then published.</summary>
    public async Task<(string Content, TimeSpan Ttl)> GetAsync(string key, Func<Task<(string Content, TimeSpan Ttl)>> fetch)
    {
        var failure = new StrongBox<Exception?>();
        var produced = new StrongBox<(string Content, TimeSpan Ttl)?>();
        foreach (var options in new[] { _options, _pastLocal })
        {
            string stored;
            try
            {
                stored = await cache.GetOrCreateAsync(key, (Fetch: fetch, Owner: this, Failure: failure, Produced: produced), static async (s, _) =>
                {
                    try
                    {
                        var document = await s.Fetch().ConfigureAwait(false);
                        s.Produced.Value = document;
                        return s.Owner.Encode(document);
                    }
                    catch (Exception ex)
                    {
                        s.Failure.Value = ex; // the fetch failed, not the cache: the caller must see this exception
                        throw;
                    }
                }, options).ConfigureAwait(false);
            }
            catch (Exception ex) when (!ReferenceEquals(ex, failure.Value))
            {
                break; // the cache itself failed: fetch directly below
            }

            if ((produced.Value ?? Decode(stored)) is { } shared)
            {
                return shared; // this call's own fetch, or a copy still fresh
            }
        }

        var fresh = await fetch().ConfigureAwait(false);
        try
        {
            await cache.SetAsync(key, Encode(fresh), _options).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Publishing is best effort: this instance has its document either way.
        }

        return fresh;
    }

    private string Encode((string Content, TimeSpan Ttl) document)
        => (time.GetUtcNow() + document.Ttl).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) + "\n" + document.Content;

    /// <summary>The document while it is fresh; null when stale, malformed or over the size cap (then it is fetched again).</summary>
    private (string Content, TimeSpan Ttl)? Decode(string? stored)
    {
        var newline = stored?.IndexOf('\n', StringComparison.Ordinal) ?? -1;
        if (newline <= 0 || !long.TryParse(stored.AsSpan(0, newline), NumberStyles.None, CultureInfo.InvariantCulture, out var expiresAt) ||
            expiresAt > MaxUnixMilliseconds || Encoding.UTF8.GetByteCount(stored.AsSpan(newline + 1)) > maxBytes)
        {
            return null;
        }

        // Fresh, and no fresher than this reader would have kept its own fetch: a producer with a fast clock, a longer
        // max-age setting or a forged entry cannot stretch how long a revocation stays hidden here.
        var ttl = DateTimeOffset.FromUnixTimeMilliseconds(expiresAt) - time.GetUtcNow();
        return ttl > TimeSpan.Zero && ttl <= retention ? (stored![(newline + 1)..], ttl) : null;
    }
}
