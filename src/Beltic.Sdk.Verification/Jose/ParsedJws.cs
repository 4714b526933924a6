using System.Text.Json;

namespace Beltic.Verification.Jose;

/// <summary>A compact JWS that passed step 1.</summary>
internal sealed class ParsedJws
{
    public required JsonElement Header { get; init; }

    public required JsonElement Payload { get; init; }

    public required string Kid { get; init; }

    /// <summary>The ASCII <c>header.payload</c> span of the token, exactly as received (the signing input).</summary>
    public required int SigningInputLength { get; init; }

    public required string SignatureSegment { get; init; }
}
