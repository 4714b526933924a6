namespace Beltic.Audit;

/// <summary>The body of <c>POST /v1/audit/events</c>.</summary>
internal sealed record AuditPresentationRequest(AuditEventType EventType, string CredentialId, string ExternalVerifierId)
{
    public string? ExternalTransactionRef { get; init; }

    public string? ExternalSessionRef { get; init; }

    public IReadOnlyList<string>? PresentedClaims { get; init; }

    public string? CorrelationId { get; init; }

    public string? UcpCheckoutId { get; init; }
}
