using System.Text.Json;
using System.Text.Json.Serialization;

namespace Beltic.WellKnown;

/// <summary>One public key of the issuer's JWKS.</summary>
public sealed record PublicJwk
{
    /// <summary>Key type, <c>EC</c>.</summary>
    public string? Kty { get; init; }

    /// <summary>Curve, <c>P-256</c>.</summary>
    public string? Crv { get; init; }

    /// <summary>Key id (matches a JWT header <c>kid</c>).</summary>
    public string? Kid { get; init; }

    /// <summary>Base64url x coordinate.</summary>
    public string? X { get; init; }

    /// <summary>Base64url y coordinate.</summary>
    public string? Y { get; init; }

    /// <summary>Algorithm, <c>ES256</c>.</summary>
    public string? Alg { get; init; }

    /// <summary>Use, <c>sig</c>.</summary>
    public string? Use { get; init; }

    /// <summary>Other members (e.g. a rotation state).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
