using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;

namespace Beltic.Http;

/// <summary>
/// The opt-in client-side limiters: one token bucket per (API key, tier), shared by every client in the container that
/// uses that key, so a busy app queues instead of collecting 429s. Buckets run on the <see cref="TimeProvider"/>'s
/// clock (fake time in tests). Keys are held only as hashes.
/// </summary>
internal sealed class ClientRateLimiters(TimeProvider time) : IDisposable
{
    private readonly ConcurrentDictionary<(string Key, string Tier), TokenBucket> _buckets = new();

    public TimeProvider Time => time;

    public RateLimiter For(string apiKey, RateLimitTier tier, int queueLimit)
        => _buckets.GetOrAdd((Hash(apiKey), tier.Name), static (_, args) => new TokenBucket(args.tier, args.queueLimit, args.time), (tier, queueLimit, time));

    public void Dispose()
    {
        foreach (var bucket in _buckets.Values)
        {
            bucket.Dispose();
        }
    }

    private static string Hash(string apiKey) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(apiKey)));
}
