// Beltic Identity quickstart: the flow from Beltic's Identity overview, end to end.
//   account (with your external_id) → session → government ID (front + back uploaded) → verification → checks
// Runs against a local stand-in for api.beltic.com and its file storage on 127.0.0.1: no Beltic account, no network.
using Beltic;
using Beltic.Identity;
using Beltic.Identity.Quickstart;

using var local = new LocalIdentityApi();

// In production: new BelticClient("sk_production_…") or services.AddBeltic(config.GetSection("Beltic")).
using var beltic = new BelticClient(new BelticClientOptions
{
    ApiKey = "sk_staging_identity_demo_key",
    BaseAddress = new Uri(local.Url + "/v1"),
});

// 1. The person you verify, under your own id.
var account = await beltic.Identity.Accounts.CreateAsync(new AccountCreateOptions
{
    ExternalId = "user_42",
    EntityType = EntityType.Person,
    Person = new Person { Name = new PersonName { First = "Ada", Last = "Lovelace" }, BirthDate = new DateOnly(1990, 12, 10) },
    Contact = new ContactDetails { Email = "ada@example.com" },
});
Console.WriteLine($"Account  {account.Id}  external_id={account.ExternalId}  status={account.Status}");

// 2. A verification session for that account.
var session = await beltic.Identity.Sessions.CreateAsync(new SessionCreateOptions { AccountId = account.Id, EntityType = EntityType.Person });
Console.WriteLine($"Session  {session.Id}  account={session.AccountId}  status={session.Status}");

// 3. The ID document: the SDK checks both images, creates the document, then PUTs each image to its presigned
//    storage URL (without your API key) and reports progress.
var front = FileUpload.FromStream(new MemoryStream(SampleImages.Jpeg(180_000)), "id-front.jpg", "image/jpeg");
var back = FileUpload.FromStream(new MemoryStream(SampleImages.Jpeg(150_000)), "id-back.jpg", "image/jpeg");
var document = await beltic.Identity.IdvDocuments.CreateAndUploadAsync(new IdvDocumentUploadOptions(front)
{
    Back = back,
    SessionId = session.Id,
    ProgressHandler = new ConsoleProgress(totalBytes: 330_000),
});
Console.WriteLine($"Document {document.Id}  files={string.Join(", ", document.Files.Select(f => f.Filename))}  uploaded {local.UploadedBytes:N0} bytes to storage");

// 4. Verify it. Verifications run synchronously: the checks are in the answer.
var verification = await beltic.Identity.Verifications.CreateAsync(
    VerificationCreateOptions.ForIdvDocument(document.Id) with { SessionId = session.Id, AutoUpdateSession = true });
Console.WriteLine($"Verification {verification.Id} ({verification.Kind}): {verification.Status}");
foreach (var check in verification.Checks)
{
    var reasons = check.Reasons.Count > 0 ? $"  ({string.Join(", ", check.Reasons)})" : "";
    Console.WriteLine($"  {(check.Passed ? "pass" : check.Status == CheckStatus.NotApplicable ? "n/a " : "FAIL")}  {check.Name}{reasons}");
}

// 5. The session now reflects the outcome; the account came along in `included`.
var updated = await beltic.Identity.Sessions.GetAsync(session.Id);
var included = updated.Included.Find<Account>(updated.AccountId);
Console.WriteLine($"Session  {updated.Id}  status={updated.Status}  (account {included?.ExternalId} included)");

// 6. Errors carry the JSON:API pointer of the field the API rejected.
try
{
    await beltic.Identity.Accounts.CreateAsync(new AccountCreateOptions { ExternalId = "user_42", EntityType = EntityType.Person });
}
catch (BelticValidationException ex)
{
    var field = ex.FieldErrors[0];
    Console.WriteLine($"Duplicate external_id: {(int)ex.StatusCode} {field.Code} at {field.Pointer} — {field.Message}");
}

var ok = verification.Passed && updated.Status == SessionStatus.Approved && local.UploadedBytes == 330_000 && local.ApiKeyReachedStorage == false;
Console.WriteLine(ok ? "Identity quickstart finished: all steps behaved as expected." : "Identity quickstart: something unexpected happened.");
return ok ? 0 : 1;
