namespace Beltic.Audit;

/// <summary>
/// A presentation to record in the audit trail (<see cref="EventsClient.RecordPresentationAsync"/>): which credential
/// was shown to which verifier. The event type is always <c>credential.presented</c>, the only one the API accepts.
/// </summary>
public sealed record AuditPresentationOptions
{
    /// <summary>Creates the options with the two required members.</summary>
    /// <param name="credentialId">The credential that was presented (required, not empty).</param>
    /// <param name="externalVerifierId">Who it was presented to, e.g. <c>stripe</c> (required, not empty).</param>
    public AuditPresentationOptions(string credentialId, string externalVerifierId)
    {
        CredentialId = credentialId;
        ExternalVerifierId = externalVerifierId;
    }

    /// <summary>The credential that was presented (<c>credential_id</c>, required).</summary>
    public string CredentialId { get; init; }

    /// <summary>Who it was presented to (<c>external_verifier_id</c>, required).</summary>
    public string ExternalVerifierId { get; init; }

    /// <summary>The verifier's transaction reference (<c>external_transaction_ref</c>).</summary>
    public string? ExternalTransactionRef { get; init; }

    /// <summary>The verifier's session reference (<c>external_session_ref</c>).</summary>
    public string? ExternalSessionRef { get; init; }

    /// <summary>The claims that were disclosed (<c>presented_claims</c>).</summary>
    public IReadOnlyList<string>? PresentedClaims { get; init; }

    /// <summary>Your id tying this record to other events (<c>correlation_id</c>).</summary>
    public string? CorrelationId { get; init; }

    /// <summary>The Universal Commerce Protocol checkout id, when the presentation was part of one (<c>ucp_checkout_id</c>).</summary>
    public string? UcpCheckoutId { get; init; }

    /// <summary>Says what is wrong before anything is sent.</summary>
    internal AuditPresentationRequest ToRequest()
    {
        Http.Argument.NotNullOrWhiteSpace(CredentialId, "options.CredentialId");
        Http.Argument.NotNullOrWhiteSpace(ExternalVerifierId, "options.ExternalVerifierId");
        Http.Argument.NullOrNotWhiteSpace(ExternalTransactionRef, "options.ExternalTransactionRef");
        Http.Argument.NullOrNotWhiteSpace(ExternalSessionRef, "options.ExternalSessionRef");
        Http.Argument.NullOrNotWhiteSpace(CorrelationId, "options.CorrelationId");
        Http.Argument.NullOrNotWhiteSpace(UcpCheckoutId, "options.UcpCheckoutId");
        if (PresentedClaims is not null && PresentedClaims.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("'options.PresentedClaims' must not contain null, empty or white-space claim names.", "options");
        }

        return new AuditPresentationRequest(AuditEventType.CredentialPresented, CredentialId, ExternalVerifierId)
        {
            ExternalTransactionRef = ExternalTransactionRef,
            ExternalSessionRef = ExternalSessionRef,
            PresentedClaims = PresentedClaims,
            CorrelationId = CorrelationId,
            UcpCheckoutId = UcpCheckoutId,
        };
    }
}
