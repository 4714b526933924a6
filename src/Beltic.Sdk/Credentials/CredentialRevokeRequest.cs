namespace Beltic.Credentials;

/// <summary>Wire body of <c>POST /v1/credentials/{id}/revoke</c>.</summary>
internal sealed record CredentialRevokeRequest(RevocationReason? Reason);
