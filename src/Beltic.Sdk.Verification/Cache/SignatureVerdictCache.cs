using Beltic.Verification.Diagnostics;

namespace Beltic.Verification.Cache;

/// <summary>
/// Signature verdicts of tokens already verified, keyed by the exact token text and bound to the public key that
/// verified them. Eight-way set-associative over fixed arrays: a lookup reads one set's eight hashes and compares the
/// text of a matching entry, with no lock and no write, so threads never contend on it; an insert overwrites one slot.
/// Holds at most <c>capacity</c> entries (rounded up to a power of two) of tokens no longer than the configured length.
/// </summary>
internal sealed class SignatureVerdictCache
{
    private const int Ways = 8;

    // Hashes beside the entries so a lookup scans one small array; a hash and its entry are written without a lock, so
    // a reader may pair them wrongly for an instant, which the text comparison on every match makes harmless.
    private readonly int[] _hashes;
    private readonly Entry?[] _entries;
    private readonly int _setMask;
    private readonly int _maxTokenLength;

    public SignatureVerdictCache(int capacity, int maxTokenLength)
    {
        var size = (int)Math.Max(Ways, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)capacity));
        _hashes = new int[size];
        _entries = new Entry?[size];
        _setMask = (size / Ways) - 1;
        _maxTokenLength = maxTokenLength;
    }

    /// <summary>The entry for exactly this token text, if any.</summary>
    public Entry? Find(string token)
    {
        Entry? found = null;
        if (token.Length <= _maxTokenLength)
        {
            var hash = Hash(token);
            var set = (hash & _setMask) * Ways;
            for (var i = set; i < set + Ways && found is null; i++)
            {
                if (Volatile.Read(ref _hashes[i]) == hash && Volatile.Read(ref _entries[i]) is { } entry && string.Equals(entry.Facts.Token, token, StringComparison.Ordinal))
                {
                    found = entry;
                }
            }
        }

        (found is null ? VerifierTelemetry.SignatureCacheMisses : VerifierTelemetry.SignatureCacheHits).Add(1);
        return found;
    }

    /// <summary>Remembers that <paramref name="facts"/>' token verified with the key whose public point is <paramref name="publicPoint"/>.</summary>
    public void Add(CredentialFacts facts, byte[] publicPoint)
    {
        var token = facts.Token;
        if (token.Length > _maxTokenLength)
        {
            return;
        }

        var hash = Hash(token);
        var set = (hash & _setMask) * Ways;
        var slot = -1;
        for (var i = set; i < set + Ways && slot < 0; i++)
        {
            if (Volatile.Read(ref _entries[i]) is not { } e || string.Equals(e.Facts.Token, token, StringComparison.Ordinal))
            {
                slot = i;
            }
        }

        // A full set evicts any one of its ways: no recency bookkeeping, so reads never write.
        slot = slot >= 0 ? slot : set + ((Environment.TickCount ^ hash) & (Ways - 1));
        Volatile.Write(ref _entries[slot], new Entry(facts, publicPoint));
        Volatile.Write(ref _hashes[slot], hash);
    }

    // The signature segment (the token's end) differs between any two tokens an issuer signed, so hashing it is enough
    // to spread entries; equality is always decided on the whole text. Marvin is seeded per process (no chosen collisions).
    private static int Hash(string token) => string.GetHashCode(token.AsSpan(Math.Max(0, token.Length - 96))) ^ token.Length;

    /// <summary>A token whose steps 1–5 passed and whose signature verified with the key <see cref="PublicPoint"/>.</summary>
    internal sealed record Entry(CredentialFacts Facts, byte[] PublicPoint);
}
