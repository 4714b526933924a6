namespace Beltic.Credentials;

/// <summary>Wire body of <c>POST /v1/credentials/verify</c> and <c>/_public/verify</c>.</summary>
internal sealed record CredentialVerifyRequest(string Credential, CredentialVerificationContext? Context);
