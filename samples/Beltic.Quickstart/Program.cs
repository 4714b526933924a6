// Beltic quickstart: issue an agent credential through the SDK, then verify it offline like a merchant would.
// Runs against a local stand-in for api.beltic.com on 127.0.0.1: no Beltic account, no network.
using Beltic;
using Beltic.Credentials;
using Beltic.Quickstart;
using Beltic.Verification;
using Beltic.Verification.Keys;
using Beltic.Verification.Status;

using var local = new LocalBeltic();
local.Start(credentialId: "cred_01HQ7P4M6QUICK", statusIndex: 4287);

// 1. The API client. In production: new BelticClient("sk_production_…") or services.AddBeltic(config.GetSection("Beltic")).
using var beltic = new BelticClient(new BelticClientOptions
{
    ApiKey = "sk_staging_quickstart_demo_key",
    BaseAddress = new Uri(local.Url + "/v1"),
});
Console.WriteLine($"Environment: {beltic.Environment}");

// 2. Issue an agent_authorization credential. The stub answers 429 first; the SDK waits Retry-After and retries
//    with the same Idempotency-Key.
var credential = await beltic.Credentials.IssueAsync(CredentialIssueOptions.AgentAuthorization(
    new CredentialSubject("agent_widgetcorp_assistant", SubjectType.Agent),
    new AgentAuthorizationClaims(
    [
        new AgentPermission("wallet", ["payment_authorize", "checkout"])
        {
            Conditions = [PermissionCondition.LessThanOrEqual("transaction_amount", 50_000)],
        },
    ])
    {
        AuthorizedCurrencies = ["USD"],
        SpendLimit = new SpendLimit(100_000, "USD", "P1M"),
    }));
Console.WriteLine($"Issued {credential.Id} ({credential.CredentialType}, {credential.Status}); request id {credential.RawResponse?.RequestId}, idempotency key {credential.RawResponse?.IdempotencyKey}");

// 3. A merchant verifies it offline: keys and status list are fetched once (public endpoints, no API key) and then
//    every verification is local.
var jwks = await beltic.WellKnown.GetJwksAsync();
var statusList = await beltic.WellKnown.GetStatusListAsync();
var verifier = new CredentialVerifier(
    StaticJwksProvider.FromJson(jwks.Json),
    new StaticStatusListProvider().ForAnyUrl(statusList.Content));

var allowed = await verifier.VerifyAsync(credential.SignedPayload!, new VerificationContext
{
    Transaction = TransactionContext.Create("wallet", "payment_authorize", "wal_123", transactionAmount: 12_000, transactionCurrency: "USD"),
});
Console.WriteLine($"Pay $120.00:  {allowed}");

var denied = await verifier.VerifyAsync(credential.SignedPayload!, new VerificationContext
{
    Transaction = TransactionContext.Create("wallet", "payment_authorize", "wal_123", transactionAmount: 75_000, transactionCurrency: "USD"),
});
Console.WriteLine($"Pay $750.00:  {denied}");

// 4. Revoke it, refresh the status list, verify again.
var revoked = await beltic.Credentials.RevokeAsync(credential.Id, RevocationReason.UserRequest);
Console.WriteLine($"Revoked {revoked.Id}: status {revoked.Status}");
try
{
    await beltic.Credentials.RevokeAsync(credential.Id);
}
catch (BelticConflictException ex)
{
    Console.WriteLine($"Revoking again: {ex.StatusCode} {ex.ErrorCode} — {ex.ServerMessage}");
}

var freshList = await beltic.WellKnown.GetStatusListAsync();
var afterRevocation = await new CredentialVerifier(
        StaticJwksProvider.FromJson(jwks.Json),
        new StaticStatusListProvider().ForAnyUrl(freshList.Content))
    .VerifyAsync(credential.SignedPayload!);
Console.WriteLine($"After revocation: {afterRevocation}");

var ok = allowed.IsValid && denied.Code == VerificationCodes.PolicyDenied && afterRevocation.Code == VerificationCodes.Revoked;
Console.WriteLine(ok ? "Quickstart finished: all steps behaved as expected." : "Quickstart: something unexpected happened.");
return ok ? 0 : 1;
