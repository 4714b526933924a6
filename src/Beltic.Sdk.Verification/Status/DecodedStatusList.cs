namespace Beltic.Verification.Status;

/// <summary>A status-list document after decoding (or the reason it could not be used).</summary>
internal sealed class DecodedStatusList
{
    public byte[]? Bits { get; init; }

    public IReadOnlyList<string>? Purposes { get; init; }

    public string? Issuer { get; init; }

    public DateTimeOffset? ValidUntil { get; init; }

    public string? Error { get; init; }

    /// <summary>The failure may pass (a key source that could not be read): the result must not be cached.</summary>
    public bool IsTransient { get; init; }

    /// <summary>Bit <paramref name="index"/>, most significant bit first: byte i/8, mask 0x80 &gt;&gt; (i % 8).</summary>
    public bool IsSet(long index) => (Bits![index >> 3] & (0x80 >> (int)(index & 7))) != 0;

    public static DecodedStatusList Failed(string error, bool transient = false) => new() { Error = error, IsTransient = transient };
}
