using System.Collections.Concurrent;

namespace Beltic.Testing.Idempotency;

/// <summary>
/// Idempotency exactly as §11 documents it: the same key with the same request within 24 h gets the original response
/// without re-executing; the same key with a different request gets 409. Keys are per API key. Concurrent requests
/// with one key wait for the first to finish.
/// </summary>
internal sealed class IdempotencyStore(TimeProvider time)
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);

    private readonly ConcurrentDictionary<(string ApiKey, string Key), Entry> _entries = new();

    /// <summary>Claims a key for a request, or returns the entry already holding it.</summary>
    public (Entry Entry, bool IsNew) Claim(string apiKey, string key, string fingerprint)
    {
        while (true)
        {
            var fresh = new Entry(fingerprint, time.GetUtcNow());
            var entry = _entries.GetOrAdd((apiKey, key), fresh);
            if (ReferenceEquals(entry, fresh))
            {
                return (entry, true);
            }

            if (time.GetUtcNow() - entry.CreatedAt < Window)
            {
                return (entry, false);
            }

            _entries.TryRemove(new KeyValuePair<(string, string), Entry>((apiKey, key), entry));
        }
    }

    /// <summary>Forgets a claim whose request failed on the server (5xx): a retry executes again.</summary>
    public void Release(string apiKey, string key, Entry entry)
    {
        entry.Completion.TrySetResult(null);
        _entries.TryRemove(new KeyValuePair<(string, string), Entry>((apiKey, key), entry));
    }

    internal sealed class Entry(string fingerprint, DateTimeOffset createdAt)
    {
        public string Fingerprint { get; } = fingerprint;

        public DateTimeOffset CreatedAt { get; } = createdAt;

        public TaskCompletionSource<StoredResponse?> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    internal sealed record StoredResponse(int Status, string? ContentType, byte[] Body);
}
