using System.Text.Json.Serialization;

namespace Beltic.WellKnown;

/// <summary>The issuer's DID document (<c>/.well-known/did.json</c>).</summary>
public sealed record DidDocument : BelticObject
{
    /// <summary>JSON-LD contexts.</summary>
    [JsonPropertyName("@context")]
    public IReadOnlyList<string>? Context { get; init; }

    /// <summary>The DID, e.g. <c>did:web:beltic.com</c>.</summary>
    public string? Id { get; init; }

    /// <summary>The verification methods.</summary>
    [JsonPropertyName("verificationMethod")]
    public IReadOnlyList<DidVerificationMethod> VerificationMethod { get; init; } = [];

    /// <summary>Methods usable for issuing credentials.</summary>
    [JsonPropertyName("assertionMethod")]
    public IReadOnlyList<string>? AssertionMethod { get; init; }

    /// <summary>The document exactly as served.</summary>
    [JsonIgnore]
    public string Json { get; internal set; } = "";
}
