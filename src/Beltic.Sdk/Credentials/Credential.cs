using System.Text.Json;
using System.Text.Json.Serialization;

namespace Beltic.Credentials;

/// <summary>A stored credential as the Credentials API returns it, including the signed JWT-VC.</summary>
public sealed record Credential : BelticObject
{
    /// <summary>The credential id (e.g. <c>cred_01HQ7P4M6…</c>).</summary>
    public string Id { get; init; } = "";

    /// <summary>The credential id as <c>credential_id</c> (same value as <see cref="Id"/>).</summary>
    public string? CredentialId { get; init; }

    /// <summary>The credential type.</summary>
    public CredentialType CredentialType { get; init; }

    /// <summary>The lifecycle status.</summary>
    public CredentialStatus Status { get; init; }

    /// <summary>The subject.</summary>
    public CredentialSubject? Subject { get; init; }

    /// <summary>The claims, as JSON (their shape depends on <see cref="CredentialType"/>).</summary>
    public JsonElement? Claims { get; init; }

    /// <summary>The issuer DID (e.g. <c>did:web:beltic.com</c>).</summary>
    public string? IssuerDid { get; init; }

    /// <summary>The credential's index in the issuer's status list.</summary>
    public long? StatusListIndex { get; init; }

    /// <summary>The id of the key that signed it.</summary>
    public string? Kid { get; init; }

    /// <summary>The signed JWT-VC (compact JWS). Present it to verifiers; verify it offline with <c>Beltic.Sdk.Verification</c>.</summary>
    public string? SignedPayload { get; init; }

    /// <summary>Evidence references (<c>evidence:&lt;id&gt;</c>).</summary>
    public IReadOnlyList<string>? EvidenceRefs { get; init; }

    /// <summary>When it was issued.</summary>
    public DateTimeOffset? IssuedAt { get; init; }

    /// <summary>When it expires.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>When it last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>The verifiable credential type (<c>vct</c>), for SD-JWT VC.</summary>
    public string? Vct { get; init; }

    /// <summary>When it was revoked.</summary>
    public DateTimeOffset? RevokedAt { get; init; }

    /// <summary>Why it was revoked.</summary>
    public RevocationReason? RevocationReason { get; init; }

    /// <summary>How it was created (<c>api</c>, <c>batch_mint</c>, <c>workflow_block</c>, <c>cli</c>, <c>mcp</c>).</summary>
    public string? CreatedVia { get; init; }

    /// <summary>The developer that issued it.</summary>
    public string? DeveloperId { get; init; }

    /// <summary>Members this SDK version does not model, kept as-is.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
