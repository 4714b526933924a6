using System.Text.Json;
using System.Text.Json.Serialization;
using Beltic.Credentials;

namespace Beltic.Audit;

/// <summary>
/// One entry of the credential audit trail, as <c>GET /v1/audit/events</c> lists it and audit streams deliver it. The
/// subject's own id is pseudonymised by Beltic: only <see cref="SubjectType"/> is exposed.
/// </summary>
public sealed record AuditEvent : BelticObject
{
    /// <summary>The event id.</summary>
    public string Id { get; init; } = "";

    /// <summary>Position in the organisation's audit sequence (increases with every event).</summary>
    public long? SeqNum { get; init; }

    /// <summary>What happened.</summary>
    public AuditEventType EventType { get; init; }

    /// <summary>The credential concerned.</summary>
    public string? CredentialId { get; init; }

    /// <summary>The credential's type.</summary>
    public CredentialType? CredentialType { get; init; }

    /// <summary>The attestation type, for outcome attestations.</summary>
    public string? AttestationType { get; init; }

    /// <summary>Who acted (e.g. an API key, a verifier).</summary>
    public string? ActorType { get; init; }

    /// <summary>The kind of subject the credential is about.</summary>
    public SubjectType? SubjectType { get; init; }

    /// <summary>How it ended.</summary>
    public AuditOutcome? Outcome { get; init; }

    /// <summary>Why, as a machine-readable code (e.g. the verify failure reason).</summary>
    public string? OutcomeReason { get; init; }

    /// <summary>Whether a person needs to look at it.</summary>
    public bool? InterventionRequired { get; init; }

    /// <summary>When it happened.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>How long the operation took, in milliseconds.</summary>
    public double? DurationMs { get; init; }

    /// <summary>The caller's IP address.</summary>
    public string? SourceIp { get; init; }

    /// <summary>The caller's User-Agent.</summary>
    public string? UserAgent { get; init; }

    /// <summary>The verifier a credential was presented to.</summary>
    public string? ExternalVerifierId { get; init; }

    /// <summary>The verifier's transaction reference.</summary>
    public string? ExternalTransactionRef { get; init; }

    /// <summary>Members this SDK version does not model (e.g. a batch job's counts), kept as-is.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
