using System.Text.Json;

namespace Beltic.Verification;

/// <summary>What the verifier read from a credential. Only trust it when <see cref="VerificationResult.IsValid"/> is true.</summary>
public sealed class VerifiedCredential
{
    internal VerifiedCredential(JsonElement header, JsonElement payload, string kid)
    {
        Header = header;
        Payload = payload;
        Kid = kid;
        IsVc11 = payload.TryGetProperty("vc"u8, out var vc) && vc.ValueKind == JsonValueKind.Object;
        VcObject = IsVc11 ? vc : payload;
    }

    /// <summary>The object holding the credential (the payload for VC 2.0, the <c>vc</c> claim for VC 1.1), found once.</summary>
    internal JsonElement VcObject { get; }

    /// <summary>Whether the credential sits in a VC 1.1 <c>vc</c> claim (so its 1.1-only members are worth looking up).</summary>
    internal bool IsVc11 { get; }

    /// <summary>The JOSE header.</summary>
    public JsonElement Header { get; }

    /// <summary>The whole payload (JWT claims set).</summary>
    public JsonElement Payload { get; }

    /// <summary>The key id that signed it.</summary>
    public string Kid { get; }

    /// <summary>The issuer (<c>iss</c> / VC <c>issuer</c>).</summary>
    public string? Issuer { get; internal set; }

    /// <summary>The Beltic credential type (<c>business</c>, <c>user</c>, <c>agent_authorization</c>, <c>outcome_attestation</c>).</summary>
    public string? CredentialType { get; internal set; }

    /// <summary>The credential id (<c>jti</c> / VC <c>id</c>). Use this, never the token string, as a replay key.</summary>
    public string? Id { get; internal set; }

    /// <summary>The subject id (<c>credentialSubject.id</c> / <c>sub</c>).</summary>
    public string? SubjectId { get; internal set; }

    /// <summary>The <c>credentialSubject</c> object.</summary>
    public JsonElement? Subject { get; internal set; }

    /// <summary>
    /// The claims: the nested <c>credentialSubject.claims</c> object when present, otherwise <c>credentialSubject</c>
    /// itself (where Beltic puts the claims beside the subject's id and type).
    /// </summary>
    public JsonElement? Claims { get; internal set; }

    /// <summary>Start of validity (the later of <c>nbf</c> and <c>validFrom</c>).</summary>
    public DateTimeOffset? ValidFrom { get; internal set; }

    /// <summary>End of validity (the earlier of <c>exp</c> and <c>validUntil</c>); null when it never expires.</summary>
    public DateTimeOffset? ValidUntil { get; internal set; }

    /// <summary>When it was issued (<c>iat</c>).</summary>
    public DateTimeOffset? IssuedAt { get; internal set; }

    /// <summary>The status-list index, when the credential has a status entry.</summary>
    public long? StatusListIndex { get; internal set; }

    /// <summary>The status-list URL, when the credential has a status entry.</summary>
    public string? StatusListCredential { get; internal set; }

    /// <summary>Reads a claim as a string.</summary>
    /// <param name="name">The claim name.</param>
    /// <returns>The value, or null when absent or not a string.</returns>
    public string? GetClaimString(string name)
        => Claims is { ValueKind: JsonValueKind.Object } c && c.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
