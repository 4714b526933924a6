using System.Text.Json;
using Beltic.Serialization;

namespace Beltic.Credentials;

/// <summary>
/// What to issue with <see cref="CredentialsClient.IssueAsync"/>. Create it with the factory for the credential type
/// (<see cref="Business"/>, <see cref="User"/>, <see cref="AgentAuthorization"/>, <see cref="OutcomeAttestation"/>),
/// or <see cref="FromRawClaims"/> for claims this SDK does not model.
/// </summary>
public sealed record CredentialIssueOptions
{
    private CredentialIssueOptions(CredentialType credentialType, CredentialSubject subject, JsonElement claims)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (string.IsNullOrWhiteSpace(subject.Id))
        {
            throw new ArgumentException("The credential subject needs a non-empty Id.", nameof(subject));
        }

        if (claims.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException($"Claims must be a JSON object, not {claims.ValueKind}.", nameof(claims));
        }

        CredentialType = credentialType;
        Subject = subject;
        Claims = claims;
    }

    /// <summary>The credential type.</summary>
    public CredentialType CredentialType { get; }

    /// <summary>The subject.</summary>
    public CredentialSubject Subject { get; }

    /// <summary>The claims as they will be sent.</summary>
    public JsonElement Claims { get; }

    /// <summary>Absolute expiry. Use this or <see cref="Ttl"/>.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>Lifetime as an ISO 8601 duration, e.g. <c>P1Y</c>.</summary>
    public string? Ttl { get; init; }

    /// <summary>Evidence to attach, as <c>evidence:&lt;id&gt;</c> references (see <see cref="Evidence.Reference"/>).</summary>
    public IReadOnlyList<string>? EvidenceRefs { get; init; }

    /// <summary>Whether the subject completed self-attestation (Beltic answers 422 <c>self_attestation_incomplete</c> when it requires it and this is not true). Not sent when null.</summary>
    public bool? SelfAttestationComplete { get; init; }

    /// <summary>A <c>business</c> credential.</summary>
    /// <param name="subject">The organisation (type <c>organisation</c>).</param>
    /// <param name="claims">The KYB claims.</param>
    /// <returns>The options.</returns>
    public static CredentialIssueOptions Business(CredentialSubject subject, BusinessClaims claims)
        => new(CredentialType.Business, subject, JsonSerializer.SerializeToElement(Argument(claims), CredentialsJsonContext.Default.BusinessClaims));

    /// <summary>A <c>user</c> credential.</summary>
    /// <param name="subject">The person (type <c>person</c>).</param>
    /// <param name="claims">The KYC claims.</param>
    /// <returns>The options.</returns>
    public static CredentialIssueOptions User(CredentialSubject subject, UserClaims claims)
        => new(CredentialType.User, subject, JsonSerializer.SerializeToElement(Argument(claims), CredentialsJsonContext.Default.UserClaims));

    /// <summary>An <c>agent_authorization</c> credential.</summary>
    /// <param name="subject">The agent (type <c>agent</c>).</param>
    /// <param name="claims">The permissions and limits; at least one permission.</param>
    /// <returns>The options.</returns>
    public static CredentialIssueOptions AgentAuthorization(CredentialSubject subject, AgentAuthorizationClaims claims)
    {
        if (Argument(claims).Permissions is not { Count: > 0 })
        {
            throw new ArgumentException("An agent_authorization credential needs at least one permission.", nameof(claims));
        }

        foreach (var p in claims.Permissions)
        {
            if (p is null || string.IsNullOrWhiteSpace(p.ResourceType) || p.Actions is not { Count: > 0 })
            {
                throw new ArgumentException("Every agent permission needs a resource type and at least one action.", nameof(claims));
            }
        }

        return new(CredentialType.AgentAuthorization, subject, JsonSerializer.SerializeToElement(claims, CredentialsJsonContext.Default.AgentAuthorizationClaims));
    }

    /// <summary>An <c>outcome_attestation</c> credential.</summary>
    /// <param name="subject">The subject the outcome is about.</param>
    /// <param name="claims">The attestation.</param>
    /// <returns>The options.</returns>
    public static CredentialIssueOptions OutcomeAttestation(CredentialSubject subject, OutcomeAttestationClaims claims)
        => new(CredentialType.OutcomeAttestation, subject, JsonSerializer.SerializeToElement(Argument(claims), CredentialsJsonContext.Default.OutcomeAttestationClaims));

    /// <summary>Escape hatch: any credential type with claims given as raw JSON (sent unchanged).</summary>
    /// <param name="credentialType">The credential type.</param>
    /// <param name="subject">The subject.</param>
    /// <param name="claims">A JSON object.</param>
    /// <returns>The options.</returns>
    public static CredentialIssueOptions FromRawClaims(CredentialType credentialType, CredentialSubject subject, JsonElement claims)
    {
        if (string.IsNullOrWhiteSpace(credentialType.Value))
        {
            throw new ArgumentException("A credential type is required.", nameof(credentialType));
        }

        return new(credentialType, subject, claims.Clone());
    }

    internal CredentialIssueRequest ToRequest() => new()
    {
        CredentialType = CredentialType,
        Subject = Subject,
        Claims = Claims,
        ExpiresAt = ExpiresAt,
        Ttl = Ttl,
        EvidenceRefs = EvidenceRefs,
        SelfAttestationComplete = SelfAttestationComplete,
    };

    private static T Argument<T>(T claims) where T : class
        => claims ?? throw new ArgumentNullException(nameof(claims));
}
