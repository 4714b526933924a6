using System.Diagnostics.Metrics;

namespace Beltic.Verification.Cache;

/// <summary>
/// Signature verdicts of tokens already verified, keyed by the exact token text and bound to the public key that
/// verified them. Two-way set-associative over a fixed array: a lookup is two reads and a string comparison, with no
/// lock and no write, so threads never contend on it; an insert overwrites one of two slots. Holds at most
/// <c>capacity</c> entries of tokens no longer than the configured length.
/// </summary>
internal sealed class SignatureVerdictCache
{
    private static readonly Meter Meter = new("Beltic.Verification");
    private static readonly Counter<long> Hits = Meter.CreateCounter<long>("beltic.verifier.signature_cache.hits", description: "Verifications whose signature verdict came from the cache.");
    private static readonly Counter<long> Misses = Meter.CreateCounter<long>("beltic.verifier.signature_cache.misses", description: "Verifications that checked the signature (and could be cached).");

    private readonly Entry?[] _slots;
    private readonly int _setMask;
    private readonly int _maxTokenLength;

    public SignatureVerdictCache(int capacity, int maxTokenLength)
    {
        var size = (int)Math.Max(2, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)capacity));
        _slots = new Entry?[size];
        _setMask = (size / 2) - 1;
        _maxTokenLength = maxTokenLength;
    }

    /// <summary>The entry for exactly this token text, if any.</summary>
    public Entry? Find(string token)
    {
        if (token.Length > _maxTokenLength)
        {
            return null;
        }

        var hash = Hash(token);
        var set = (hash & _setMask) * 2;
        var entry = Matches(Volatile.Read(ref _slots[set]), hash, token) ?? Matches(Volatile.Read(ref _slots[set + 1]), hash, token);
        (entry is null ? Misses : Hits).Add(1);
        return entry;
    }

    /// <summary>Remembers that <paramref name="facts"/>' token verified with the key whose public point is <paramref name="publicPoint"/>.</summary>
    public void Add(CredentialFacts facts, byte[] publicPoint)
    {
        if (facts.Token.Length > _maxTokenLength)
        {
            return;
        }

        var hash = Hash(facts.Token);
        var set = (hash & _setMask) * 2;
        var entry = new Entry(hash, facts, publicPoint);
        var first = Volatile.Read(ref _slots[set]);
        var slot = first is null || first.Facts.Token == facts.Token ? set
            : Volatile.Read(ref _slots[set + 1]) is null ? set + 1
            : set + ((Environment.TickCount ^ hash) & 1); // both taken: evict either, without bookkeeping on reads
        Volatile.Write(ref _slots[slot], entry);
    }

    private static Entry? Matches(Entry? entry, int hash, string token)
        => entry is not null && entry.Hash == hash && string.Equals(entry.Facts.Token, token, StringComparison.Ordinal) ? entry : null;

    // The signature segment (the token's end) differs between any two tokens an issuer signed, so hashing it is enough
    // to spread entries; equality is always decided on the whole text. Marvin is seeded per process (no chosen collisions).
    private static int Hash(string token) => string.GetHashCode(token.AsSpan(Math.Max(0, token.Length - 96))) ^ token.Length;

    /// <summary>A token whose steps 1–5 passed and whose signature verified with the key <see cref="PublicPoint"/>.</summary>
    internal sealed record Entry(int Hash, CredentialFacts Facts, byte[] PublicPoint);
}
