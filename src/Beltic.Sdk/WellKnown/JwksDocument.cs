using System.Text.Json.Serialization;

namespace Beltic.WellKnown;

/// <summary>The issuer's JSON Web Key Set (<c>/.well-known/jwks.json</c>).</summary>
public sealed record JwksDocument : BelticObject
{
    /// <summary>The keys.</summary>
    public IReadOnlyList<PublicJwk> Keys { get; init; } = [];

    /// <summary>The document exactly as served; hand it to the offline verifier.</summary>
    [JsonIgnore]
    public string Json { get; internal set; } = "";
}
