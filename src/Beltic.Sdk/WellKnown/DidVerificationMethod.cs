using System.Text.Json.Serialization;

namespace Beltic.WellKnown;

/// <summary>A verification method of a DID document.</summary>
public sealed record DidVerificationMethod
{
    /// <summary>The method id, e.g. <c>did:web:beltic.com#K8L9…</c>.</summary>
    public string? Id { get; init; }

    /// <summary>The method type, e.g. <c>JsonWebKey2020</c>.</summary>
    public string? Type { get; init; }

    /// <summary>The controller DID.</summary>
    public string? Controller { get; init; }

    /// <summary>The public key.</summary>
    [JsonPropertyName("publicKeyJwk")]
    public PublicJwk? PublicKeyJwk { get; init; }
}
