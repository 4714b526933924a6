namespace Beltic.Sdk.Tests.Audit;

public static class AuditFixtures
{
    /// <summary>An audit event with every documented field, a quoted seq_num and a field the SDK does not model.</summary>
    public const string EventJson = """
    {
      "id": "evt_01HQ8A", "seq_num": "9007199254740993", "event_type": "credential.verified",
      "credential_id": "cred_01HQ7P4M6ABC", "credential_type": "agent_authorization", "attestation_type": null,
      "actor_type": "api_key", "subject_type": "agent", "outcome": "denied", "outcome_reason": "policy_denied",
      "intervention_required": true, "timestamp": "2026-05-21T10:30:00Z", "duration_ms": 42,
      "source_ip": "203.0.113.7", "user_agent": "beltic-dotnet/0.1.0", "external_verifier_id": "stripe",
      "external_transaction_ref": "pi_123", "risk_score": { "value": 0.9 }
    }
    """;

    public static string Event(string id, string type = "credential.issued")
        => $$"""{ "id": "{{id}}", "seq_num": 1, "event_type": "{{type}}", "credential_id": "cred_1", "outcome": "success", "timestamp": "2026-05-21T10:30:00Z" }""";

    /// <summary>A page of <c>GET /v1/audit/events</c>.</summary>
    public static string Page(string? next, params string[] ids)
        => "{ \"events\": [" + string.Join(",", ids.Select(id => Event(id))) + "], \"next_cursor\": " + (next is null ? "null" : "\"" + next + "\"") + " }";

    public const string StreamJson = """
    { "id": "str_01HQ9", "url": "https://hooks.example.com/beltic/audit", "event_filter": ["credential.revoked", "credential.batch_completed"],
      "active": true, "created_at": "2026-05-21T10:30:00Z", "delivery_mode": "push" }
    """;

    public const string Secret = "whsec_test_0123456789abcdefghijklmnopqrstuvwxyz";
}
