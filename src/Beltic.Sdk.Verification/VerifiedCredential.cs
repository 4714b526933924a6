using System.Text.Json;
using Beltic.Verification.Schema;

namespace Beltic.Verification;

/// <summary>What the verifier read from a credential. Only trust it when <see cref="VerificationResult.IsValid"/> is true.</summary>
public sealed class VerifiedCredential
{
    internal VerifiedCredential(CredentialDocument document, string? issuer, TimeFacts? time, SubjectFacts? subject, long? statusListIndex, string? statusListCredential)
    {
        Header = document.Header;
        Payload = document.Payload;
        Kid = document.Kid;
        Issuer = issuer;
        ValidFrom = time?.ValidFrom;
        ValidUntil = time?.ValidUntil;
        IssuedAt = time?.IssuedAt;
        Id = subject?.Id;
        SubjectId = subject?.SubjectId;
        Subject = subject?.Subject;
        Claims = subject?.Claims;
        CredentialType = subject?.CredentialType;
        StatusListIndex = statusListIndex;
        StatusListCredential = statusListCredential;
    }

    /// <summary>The JOSE header.</summary>
    public JsonElement Header { get; }

    /// <summary>The whole payload (JWT claims set).</summary>
    public JsonElement Payload { get; }

    /// <summary>The key id that signed it.</summary>
    public string Kid { get; }

    /// <summary>The issuer (VC <c>issuer</c>, or <c>iss</c> for a VC 1.1 token that names no <c>vc.issuer</c>).</summary>
    public string? Issuer { get; }

    /// <summary>The Beltic credential type (<c>business</c>, <c>user</c>, <c>agent_authorization</c>, <c>outcome_attestation</c>).</summary>
    public string? CredentialType { get; }

    /// <summary>The credential id (<c>jti</c> / VC <c>id</c>). Use this, never the token string, as a replay key.</summary>
    public string? Id { get; }

    /// <summary>The subject id (<c>credentialSubject.id</c>, equal to <c>sub</c> when present).</summary>
    public string? SubjectId { get; }

    /// <summary>The <c>credentialSubject</c> object.</summary>
    public JsonElement? Subject { get; }

    /// <summary>
    /// The claims: the nested <c>credentialSubject.claims</c> object when present, otherwise <c>credentialSubject</c>
    /// itself (where Beltic puts the claims beside the subject's id and type).
    /// </summary>
    public JsonElement? Claims { get; }

    /// <summary>Start of validity (the later of <c>nbf</c> and <c>validFrom</c>).</summary>
    public DateTimeOffset? ValidFrom { get; }

    /// <summary>End of validity (the earlier of <c>exp</c> and <c>validUntil</c>); null when it never expires.</summary>
    public DateTimeOffset? ValidUntil { get; }

    /// <summary>When it was issued (<c>iat</c>).</summary>
    public DateTimeOffset? IssuedAt { get; }

    /// <summary>The status-list index, when the credential has a status entry.</summary>
    public long? StatusListIndex { get; }

    /// <summary>The status-list URL, when the credential has a status entry.</summary>
    public string? StatusListCredential { get; }

    /// <summary>Reads a claim as a string.</summary>
    /// <param name="name">The claim name.</param>
    /// <returns>The value, or null when absent or not a string.</returns>
    public string? GetClaimString(string name)
        => Claims is { ValueKind: JsonValueKind.Object } c && c.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
