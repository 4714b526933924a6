// Beltic quickstart: the whole story in one run.
//   identity → KYB → issue an agent credential → verify it offline → revoke → audit trail → signed webhook
// By default it runs on Beltic.Sdk.Testing's fake Beltic on 127.0.0.1: no account, no network.
// Against a real endpoint: BELTIC_API_KEY=sk_staging_… dotnet run --project samples/Beltic.Quickstart -- --base-url https://api.beltic.com/v1
using Beltic;
using Beltic.Audit;
using Beltic.Businesses;
using Beltic.Credentials;
using Beltic.Identity;
using Beltic.Quickstart;
using Beltic.Screenings;
using Beltic.Verification;
using Beltic.Verification.Keys;
using Beltic.Verification.Status;
using Beltic.Workflows;
using System.Text.Json;

await using var target = await Target.StartAsync(args);
if (target is null)
{
    return 2;
}

using var retries = new RetryPrinter();
var beltic = target.Client;
var onFake = target.Fake is not null;
var run = onFake ? "42" : Guid.NewGuid().ToString("N")[..12];   // real endpoints keep what earlier runs created
Console.WriteLine($"Beltic quickstart on {target.Description}, {beltic.Environment} environment");

// 0. Your webhook endpoint, and an audit stream that sends it every credential event, signed with your secret.
//    (A real Beltic cannot reach 127.0.0.1, so against one this step is skipped.)
await using var inbox = await WebhookInbox.StartAsync();
if (onFake)
{
    var stream = await beltic.Audit.Streams.CreateAsync(new AuditStreamCreateOptions(inbox.Url, inbox.Secret)
    {
        EventFilter = [AuditEventType.CredentialIssued, AuditEventType.CredentialRevoked],
    });
    Console.WriteLine($" 0. Audit stream {stream.Id} → {inbox.Url}");
}

// 1. The person you onboard, under your own id, and a verification session for them.
var account = await beltic.Identity.Accounts.CreateAsync(new AccountCreateOptions
{
    ExternalId = $"user_{run}",
    EntityType = EntityType.Person,
    Person = new Person { Name = new PersonName { First = "Ada", Last = "Lovelace" }, BirthDate = new DateOnly(1990, 12, 10) },
    Contact = new ContactDetails { Email = "ada@example.com" },
});
var session = await beltic.Identity.Sessions.CreateAsync(new SessionCreateOptions { AccountId = account.Id, EntityType = EntityType.Person });
Console.WriteLine($" 1. Account {account.Id} (external id {account.ExternalId}), session {session.Id} {session.Status}");

// 2. Their ID: both images checked, then PUT to presigned storage URLs (never with your API key), then verified.
var document = await beltic.Identity.IdvDocuments.CreateAndUploadAsync(
    new IdvDocumentUploadOptions(FileUpload.FromStream(new MemoryStream(SampleImages.Jpeg(180_000)), "id-front.jpg", "image/jpeg"))
    {
        Back = FileUpload.FromStream(new MemoryStream(SampleImages.Jpeg(150_000)), "id-back.jpg", "image/jpeg"),
        SessionId = session.Id,
    });
var verification = await beltic.Identity.Verifications.CreateAsync(
    VerificationCreateOptions.ForIdvDocument(document.Id) with { SessionId = session.Id, AutoUpdateSession = true });
session = await beltic.Identity.Sessions.GetAsync(session.Id);
Console.WriteLine($" 2. ID document {document.Id}: verification {verification.Status} "
    + $"({string.Join(", ", verification.Checks.Select(c => $"{c.Name} {c.Status}"))}); session {session.Status}");

// 3. Their company: a registry lookup, and a watchlist screening of its owner.
var business = await beltic.Businesses.CreateAsync(new BusinessCreateOptions("ZZ") { OfficialName = "WidgetCorp Ltd" });
business = await beltic.Businesses.WaitForCompletionAsync(business);   // at once unless the lookup is still running
var screening = await beltic.Screenings.CreateAsync(ScreeningCreateOptions.Watchlist(
    new PersonScreeningQuery { NameFirst = "Ada", NameLast = "Lovelace", Birthdate = new DateOnly(1990, 12, 10) }));
screening = await beltic.Screenings.WaitForCompletionAsync(screening);
Console.WriteLine($" 3. Business {business.OfficialName} ({business.Status}); owner's watchlist screening {screening.Status}, match: {screening.HasMatch}");

// 3b. Your onboarding workflow: it pauses for a reviewer (HTTP 202); waiting polls its status until it completes.
//     (Against a real endpoint, set BELTIC_WORKFLOW_ID to a workflow of yours.)
var workflowId = onFake ? "wf_kyb_onboarding" : Environment.GetEnvironmentVariable("BELTIC_WORKFLOW_ID");
WorkflowExecution? paused = null, finished = null;
if (workflowId is not null)
{
    paused = await beltic.Workflows.ExecuteAsync(new WorkflowExecuteOptions(workflowId)
    {
        Input = JsonDocument.Parse($$"""{"businessId":"{{business.Id}}","review":true}""").RootElement,
    });
    finished = paused.IsPaused ? await beltic.Workflows.WaitForExecutionAsync(paused) : paused;
    Console.WriteLine($" 3b. Workflow {workflowId}: {paused.Status} (HTTP {(int)paused.RawResponse!.StatusCode}) → {finished.Status}");
}
else
{
    Console.WriteLine(" 3b. Workflow: skipped (set BELTIC_WORKFLOW_ID)");
}

// 4. Issue an agent_authorization credential for their shopping agent. On the fake, the first attempt gets a 429:
//    the SDK waits the Retry-After and sends the same request, with the same Idempotency-Key, again.
target.Fake?.Faults.Respond("POST", "/v1/credentials", 429, retryAfter: TimeSpan.FromSeconds(1));
var credential = await beltic.Credentials.IssueAsync(CredentialIssueOptions.AgentAuthorization(
    new CredentialSubject($"agent_{run}_shopper", SubjectType.Agent),
    new AgentAuthorizationClaims([new AgentPermission("wallet", ["payment_authorize"]) { Conditions = [PermissionCondition.LessThanOrEqual("transaction_amount", 50_000)] }])
    {
        AuthorizedCurrencies = ["USD"],
        SpendLimit = new SpendLimit(100_000, "USD", "P1M"),
    }));
Console.WriteLine($" 4. Issued {credential.Id} ({credential.CredentialType}), a {credential.SignedPayload!.Length}-character ES256 JWT-VC");

// 5. A merchant verifies it offline: it fetches the issuer's keys and status list once (public, no API key), then
//    checks every payment locally against the credential's permissions.
var jwks = await beltic.WellKnown.GetJwksAsync();
var verifier = new CredentialVerifier(StaticJwksProvider.FromJson(jwks.Json), new StaticStatusListProvider().ForAnyUrl((await beltic.WellKnown.GetStatusListAsync()).Content));
var small = await verifier.VerifyAsync(credential.SignedPayload, Payment(120_00));
var large = await verifier.VerifyAsync(credential.SignedPayload, Payment(750_00));
Console.WriteLine($" 5. Pay $120.00: {(small.IsValid ? "valid" : small.Code)}; pay $750.00: {large.Code} ({large.Message})");

// 6. Revoke it. The merchant's next status-list refresh says so.
await beltic.Credentials.RevokeAsync(credential.Id, RevocationReason.UserRequest);
var refreshed = new CredentialVerifier(StaticJwksProvider.FromJson(jwks.Json), new StaticStatusListProvider().ForAnyUrl((await beltic.WellKnown.GetStatusListAsync()).Content));
var afterRevoke = await refreshed.VerifyAsync(credential.SignedPayload, Payment(120_00));
Console.WriteLine($" 6. Revoked; pay $120.00 now: {afterRevoke.Code}");

// 7. The audit trail Beltic kept of this credential.
var trail = await beltic.Audit.Events.ListAsync(new AuditEventListOptions { CredentialId = credential.Id });
Console.WriteLine($" 7. Audit trail: {string.Join(" → ", trail.Items.OrderBy(e => e.SeqNum).Select(e => $"{e.EventType} ({e.Outcome})"))}");

// 8. The signed webhook your endpoint received for the revocation, verified on its raw body.
var delivered = onFake ? await inbox.WaitForAsync(AuditEventType.CredentialRevoked, TimeSpan.FromSeconds(10)) : null;
Console.WriteLine(onFake
    ? $" 8. Webhook: {(delivered is null ? "nothing arrived" : $"{delivered.EventType} for {delivered.Event.CredentialId}, signature verified")}"
    : " 8. Webhook: skipped (a real Beltic needs a public https URL for your endpoint)");

if (!onFake)
{
    Console.WriteLine("Quickstart finished: every call succeeded (what a real Beltic decided is shown above).");
    return 0;
}

var expected = verification.Passed && session.Status == SessionStatus.Approved && business.IsRegistered == true
    && paused?.IsPaused == true && finished?.IsCompleted == true
    && small.IsValid && large.Code == VerificationCodes.PolicyDenied && afterRevoke.Code == VerificationCodes.Revoked
    && trail.Items.Any(e => e.EventType == AuditEventType.CredentialRevoked) && delivered?.Event.CredentialId == credential.Id;
Console.WriteLine(expected ? "Quickstart finished: every step behaved as expected." : "Quickstart: something unexpected happened (see above).");
return expected ? 0 : 1;

static VerificationContext Payment(long cents) => new()
{
    Transaction = TransactionContext.Create("wallet", "payment_authorize", "wal_123", transactionAmount: cents, transactionCurrency: "USD"),
};
