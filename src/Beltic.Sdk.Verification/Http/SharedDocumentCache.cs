using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
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
/// With an integrity key, each entry carries an HMAC-SHA256 over its name, production time, expiry and text, so whoever
/// can write the cache without the key can plant nothing a reader accepts; entries live under a name derived from the
/// key's id, so instances with another key (or none) never overwrite them. An authentic but older entry written back
/// over a newer one is refused by every instance that has seen the newer one (production times only move forward
/// here), and no entry is fresh longer than <c>retention</c> after it was produced. Each reader treats a shared copy as
/// stale a random moment (up to a tenth of its lifetime) before it expires, so a fleet's refreshes spread out: usually
/// one instance refetches and the others read its copy.
/// </summary>
internal sealed class SharedDocumentCache
{
    private const string MacPrefix = "hmac-sha256:";
    private static readonly long MaxUnixMilliseconds = DateTimeOffset.MaxValue.ToUnixTimeMilliseconds();

    private readonly HybridCache _cache;
    private readonly TimeProvider _time;
    private readonly TimeSpan _retention;
    private readonly int _maxBytes;
    private readonly byte[]? _integrityKey;
    private readonly string _keyScope;
    private readonly HybridCacheEntryOptions _options;
    private readonly HybridCacheEntryOptions _pastLocal;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> _newestProduced = new(StringComparer.Ordinal);

    public SharedDocumentCache(HybridCache cache, TimeProvider time, TimeSpan retention, int maxBytes, byte[]? integrityKey = null)
    {
        _cache = cache;
        _time = time;
        _retention = retention;
        _maxBytes = maxBytes;
        _integrityKey = integrityKey is null ? null : (byte[])integrityKey.Clone();
        _keyScope = _integrityKey is null ? string.Empty : "mac-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("beltic-shared-cache-key-id\n").Concat(_integrityKey).ToArray()))[..16] + ":";
        _options = new() { Expiration = retention, LocalCacheExpiration = retention };
        _pastLocal = new() { Expiration = retention, LocalCacheExpiration = retention, Flags = HybridCacheEntryFlags.DisableLocalCacheRead };
    }

    /// <summary>The name an entry is stored under: the document's name, scoped by the integrity key's id when there is one.</summary>
    public string EntryName(string prefix, string document) => prefix + _keyScope + document;

    /// <summary>
    /// The document and how long it stays fresh: a shared copy while it is fresh, else a new fetch that is then
    /// published. With <paramref name="fromOrigin"/>, the shared copy is not read: the document is fetched and published.
    /// </summary>
    public async Task<(string Content, TimeSpan Ttl)> GetAsync(string name, Func<Task<(string Content, TimeSpan Ttl)>> fetch, bool fromOrigin = false)
    {
        var failure = new StrongBox<Exception?>();
        var produced = new StrongBox<(string Content, TimeSpan Ttl)?>();
        foreach (var options in fromOrigin ? [] : new[] { _options, _pastLocal })
        {
            string stored;
            try
            {
                stored = await _cache.GetOrCreateAsync(name, (Fetch: fetch, Owner: this, Name: name, Failure: failure, Produced: produced), static async (s, _) =>
                {
                    try
                    {
                        var document = s.Owner.Capped(await s.Fetch().ConfigureAwait(false));
                        s.Produced.Value = document;
                        return s.Owner.Encode(s.Name, document);
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

            if ((produced.Value ?? Decode(name, stored)) is { } shared)
            {
                return shared; // this call's own fetch, or a copy still fresh (and authentic, with a key)
            }
        }

        var fresh = Capped(await fetch().ConfigureAwait(false));
        try
        {
            await _cache.SetAsync(name, Encode(name, fresh), _options).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Publishing is best effort: this instance has its document either way.
        }

        return fresh;
    }

    /// <summary>A fetched document kept no longer than a shared copy of it may be.</summary>
    private (string Content, TimeSpan Ttl) Capped((string Content, TimeSpan Ttl) document)
        => document.Ttl > _retention ? (document.Content, _retention) : document;

    private string Encode(string name, (string Content, TimeSpan Ttl) document)
    {
        var now = _time.GetUtcNow();
        Remember(name, now.ToUnixTimeMilliseconds());
        var body = now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) + "\n"
            + (now + document.Ttl).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) + "\n" + document.Content;
        return _integrityKey is null ? body : MacPrefix + Convert.ToHexStringLower(Mac(name, body)) + "\n" + body;
    }

    /// <summary>The document while it is fresh; null when stale, older than one seen, malformed, unauthentic or over the size cap (then it is fetched again).</summary>
    private (string Content, TimeSpan Ttl)? Decode(string name, string? stored)
    {
        // Sizes first: an oversized planted entry is refused before it is hashed.
        if (stored is null || stored.Length > _maxBytes + 128)
        {
            return null;
        }

        if (_integrityKey is not null)
        {
            stored = Authentic(name, stored);
            if (stored is null)
            {
                return null;
            }
        }

        var first = stored.IndexOf('\n', StringComparison.Ordinal);
        var second = first <= 0 ? -1 : stored.IndexOf('\n', first + 1);
        if (second <= first + 1 ||
            !long.TryParse(stored.AsSpan(0, first), NumberStyles.None, CultureInfo.InvariantCulture, out var producedAt) ||
            !long.TryParse(stored.AsSpan(first + 1, second - first - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var expiresAt) ||
            expiresAt > MaxUnixMilliseconds || producedAt > expiresAt || Encoding.UTF8.GetByteCount(stored.AsSpan(second + 1)) > _maxBytes)
        {
            return null;
        }

        // Fresh, no fresher than this reader would have kept its own fetch (a producer with a fast clock, a longer
        // max-age setting or a forged entry cannot stretch how long a change stays hidden here), and not older than a
        // copy this instance has already seen (an authentic old entry written back over a newer one).
        var lifetime = TimeSpan.FromMilliseconds(expiresAt - producedAt);
        var early = lifetime * (Random.Shared.NextDouble() / 10);
        var ttl = DateTimeOffset.FromUnixTimeMilliseconds(expiresAt) - _time.GetUtcNow() - early;
        if (ttl <= TimeSpan.Zero || lifetime > _retention || producedAt < _newestProduced.GetValueOrDefault(name, long.MinValue))
        {
            return null;
        }

        Remember(name, producedAt);
        return (stored[(second + 1)..], ttl);
    }

    private void Remember(string name, long producedAt)
        => _newestProduced.AddOrUpdate(name, static (_, seen) => seen, static (_, known, seen) => Math.Max(known, seen), producedAt);

    /// <summary>The entry without its MAC when the MAC is right for this name and body; null otherwise.</summary>
    private string? Authentic(string name, string stored)
    {
        const int hexLength = 64;
        if (!stored.StartsWith(MacPrefix, StringComparison.Ordinal) || stored.Length < MacPrefix.Length + hexLength + 1 || stored[MacPrefix.Length + hexLength] != '\n')
        {
            return null;
        }

        Span<byte> claimed = stackalloc byte[32];
        if (Convert.FromHexString(stored.AsSpan(MacPrefix.Length, hexLength), claimed, out _, out var written) != System.Buffers.OperationStatus.Done || written != 32)
        {
            return null;
        }

        var body = stored[(MacPrefix.Length + hexLength + 1)..];
        return CryptographicOperations.FixedTimeEquals(claimed, Mac(name, body)) ? body : null;
    }

    private byte[] Mac(string name, string body) => HMACSHA256.HashData(_integrityKey!, Encoding.UTF8.GetBytes(name + "\n" + body));
}
