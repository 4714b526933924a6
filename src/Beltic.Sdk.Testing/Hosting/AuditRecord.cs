namespace Beltic.Testing.Hosting;

/// <summary>An auditable action one area reports to the audit trail (issue, verify, revoke, delete, present).</summary>
internal sealed record AuditRecord(string EventType, string? CredentialId, string? CredentialType, string? SubjectType, string Outcome)
{
    public string? OutcomeReason { get; init; }

    public string? ExternalVerifierId { get; init; }

    public string? ExternalTransactionRef { get; init; }

    public string? UserAgent { get; init; }
}
