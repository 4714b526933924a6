using System.Text.Json;
using System.Text.Json.Serialization;

namespace Beltic.Credentials;

/// <summary>
/// The server's verdict from <c>POST /v1/credentials/verify</c>. A credential that fails verification is a result
/// with <see cref="Valid"/> false and a <see cref="Reason"/>, not an exception.
/// </summary>
public sealed record CredentialVerificationResult : BelticObject
{
    /// <summary>Whether the credential passed every check.</summary>
    public bool Valid { get; init; }

    /// <summary>Machine-readable failure reason when <see cref="Valid"/> is false (e.g. <c>revoked</c>, <c>expired</c>).</summary>
    public string? Reason { get; init; }

    /// <summary>Human-readable detail, when the server gives one.</summary>
    public string? Message { get; init; }

    /// <summary>The stored lifecycle status.</summary>
    public CredentialStatus? Status { get; init; }

    /// <summary>The credential type.</summary>
    public CredentialType? CredentialType { get; init; }

    /// <summary>The credential id.</summary>
    public string? CredentialId { get; init; }

    /// <summary>The subject.</summary>
    public CredentialSubject? Subject { get; init; }

    /// <summary>The claims.</summary>
    public JsonElement? Claims { get; init; }

    /// <summary>Trust level (user credentials).</summary>
    public TrustLevel? TrustLevel { get; init; }

    /// <summary>The issuer DID.</summary>
    public string? IssuerDid { get; init; }

    /// <summary>Expiry.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>Members this SDK version does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
