using System.Globalization;
using System.Text.Json.Nodes;

namespace Beltic.Testing.Audit;

/// <summary>One entry of the fake's audit trail (§3), immutable once written.</summary>
internal sealed record StoredAuditEvent
{
    public required string Id { get; init; }

    public required long SeqNum { get; init; }

    public required string EventType { get; init; }

    public string? CredentialId { get; init; }

    public string? CredentialType { get; init; }

    public string? AttestationType { get; init; }

    public required string ActorType { get; init; }

    public string? SubjectType { get; init; }

    public required string Outcome { get; init; }

    public string? OutcomeReason { get; init; }

    public required bool InterventionRequired { get; init; }

    /// <summary>When it happened, on the fake's clock, to the millisecond (what the JSON shows, so from/to filters agree with it).</summary>
    public required DateTimeOffset Timestamp { get; init; }

    public required double DurationMs { get; init; }

    public required string SourceIp { get; init; }

    public string? UserAgent { get; init; }

    public string? ExternalVerifierId { get; init; }

    public string? ExternalTransactionRef { get; init; }

    /// <summary>Further members recorded with a presentation (external_session_ref, presented_claims, correlation_id, ucp_checkout_id).</summary>
    public JsonObject? Extra { get; init; }

    public static string Iso(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>The event as listed and as delivered to streams: every §3 member, null when unknown.</summary>
    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["id"] = Id,
            ["seq_num"] = SeqNum,
            ["event_type"] = EventType,
            ["credential_id"] = CredentialId,
            ["credential_type"] = CredentialType,
            ["attestation_type"] = AttestationType,
            ["actor_type"] = ActorType,
            ["subject_type"] = SubjectType,
            ["outcome"] = Outcome,
            ["outcome_reason"] = OutcomeReason,
            ["intervention_required"] = InterventionRequired,
            ["timestamp"] = Iso(Timestamp),
            ["duration_ms"] = DurationMs,
            ["source_ip"] = SourceIp,
            ["user_agent"] = UserAgent,
            ["external_verifier_id"] = ExternalVerifierId,
            ["external_transaction_ref"] = ExternalTransactionRef,
        };
        foreach (var (name, value) in Extra ?? [])
        {
            json[name] = value?.DeepClone();
        }

        return json;
    }
}
