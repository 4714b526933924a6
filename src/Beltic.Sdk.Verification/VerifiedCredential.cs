using System.Text.Json;
using Beltic.Verification.Schema;

namespace Beltic.Verification;

/// <summary>What the verifier read from a credential. Only trust it when <see cref="VerificationResult.IsValid"/> is true.</summary>
public sealed class VerifiedCredential
{
    private readonly CredentialFacts _facts;
    private readonly VerificationStep _reached;

    /// <param name="facts">What was read from the token.</param>
    /// <param name="reached">The step verification stopped at (<see cref="VerificationStep.Policy"/> when valid): facts of later steps stay null.</param>
    internal VerifiedCredential(CredentialFacts facts, VerificationStep reached)
    {
        _facts = facts;
        _reached = reached;
    }

    // The JSON members are built on first use (from the token the result came from) rather than during verification:
    // most callers never read them, and a verification that keeps no JSON document allocates far less.

    /// <summary>The JOSE header.</summary>
    public JsonElement Header => _facts.View.Header;

    /// <summary>The whole payload (JWT claims set).</summary>
    public JsonElement Payload => _facts.View.Payload;

    /// <summary>The key id that signed it.</summary>
    public string Kid => _facts.Kid;

    /// <summary>The issuer (VC <c>issuer</c>, or <c>iss</c> for a VC 1.1 token that names no <c>vc.issuer</c>).</summary>
    public string? Issuer => _facts.Issuer;

    /// <summary>The Beltic credential type (<c>business</c>, <c>user</c>, <c>agent_authorization</c>, <c>outcome_attestation</c>).</summary>
    public string? CredentialType => _reached >= VerificationStep.Schema ? _facts.CredentialType : null;

    /// <summary>The credential id (<c>jti</c> / VC <c>id</c>). Use this, never the token string, as a replay key.</summary>
    public string? Id => SubjectFacts?.Id;

    /// <summary>The subject id (<c>credentialSubject.id</c>, equal to <c>sub</c> when present).</summary>
    public string? SubjectId => SubjectFacts?.SubjectId;

    /// <summary>The <c>credentialSubject</c> object.</summary>
    public JsonElement? Subject => SubjectFacts?.Subject;

    /// <summary>
    /// The claims: the nested <c>credentialSubject.claims</c> object when present, otherwise <c>credentialSubject</c>
    /// itself (where Beltic puts the claims beside the subject's id and type).
    /// </summary>
    public JsonElement? Claims => SubjectFacts?.Claims;

    /// <summary>Start of validity (the later of <c>nbf</c> and <c>validFrom</c>).</summary>
    public DateTimeOffset? ValidFrom => _reached >= VerificationStep.Time ? _facts.Window.ValidFrom : null;

    /// <summary>End of validity (the earlier of <c>exp</c> and <c>validUntil</c>); null when it never expires.</summary>
    public DateTimeOffset? ValidUntil => _reached >= VerificationStep.Time ? _facts.Window.ValidUntil : null;

    /// <summary>When it was issued (<c>iat</c>).</summary>
    public DateTimeOffset? IssuedAt => _reached >= VerificationStep.Time ? _facts.Window.IssuedAt : null;

    /// <summary>The status-list index, when the credential has a status entry.</summary>
    public long? StatusListIndex => FirstStatusEntry?.Index;

    /// <summary>The status-list URL, when the credential has a status entry.</summary>
    public string? StatusListCredential => FirstStatusEntry?.Url;

    private SubjectFacts? SubjectFacts => _reached >= VerificationStep.Schema ? _facts.View.Subject : null;

    // Step 6 reports the first understood entry, whatever its outcome.
    private Status.StatusEntry? FirstStatusEntry => _reached >= VerificationStep.Status && _facts.StatusEntries is [var first, ..] ? first : null;

    /// <summary>Reads a claim as a string.</summary>
    /// <param name="name">The claim name.</param>
    /// <returns>The value, or null when absent or not a string.</returns>
    public string? GetClaimString(string name)
        => Claims is { ValueKind: JsonValueKind.Object } c && c.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
