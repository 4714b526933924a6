using Beltic.Identity;
using Beltic.Testing;

namespace Beltic.Sdk.Testing.Tests;

/// <summary>The Identity flow through a real BelticClient: account → session → ID upload → verification → approved session.</summary>
public class IdentityFlowTests
{
    public static TheoryData<bool> Modes => new() { true, false };

    internal static AccountCreateOptions Ada(string externalId = "user_42") => new()
    {
        ExternalId = externalId,
        EntityType = EntityType.Person,
        Person = new Person { Name = new PersonName { First = "Ada", Last = "Lovelace" }, BirthDate = new DateOnly(1990, 12, 10) },
        Address = new Address { Line1 = "12 St James's Square", Locality = "London", PostalCode = "SW1Y 4JH", CountryCode = "GB" },
    };

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task An_id_uploaded_front_and_back_passes_and_approves_the_session_with_the_account_included(bool inMemory)
    {
        await using var fake = inMemory ? BelticFake.CreateInMemory() : await BelticFake.StartAsync();
        using var beltic = fake.CreateClient();
        var front = IdentityTestFiles.Jpeg(200_000);
        var back = IdentityTestFiles.Png(150_000);
        var reported = new List<long>();

        var account = await beltic.Identity.Accounts.CreateAsync(Ada());
        var session = await beltic.Identity.Sessions.CreateAsync(new SessionCreateOptions { AccountId = account.Id, EntityType = EntityType.Person });
        var document = await beltic.Identity.IdvDocuments.CreateAndUploadAsync(
            new IdvDocumentUploadOptions(IdentityTestFiles.Upload(front, "front.jpg", "image/jpeg"))
            {
                Back = IdentityTestFiles.Upload(back, "back.png", "image/png"),
                SessionId = session.Id,
                ProgressHandler = new SyncProgress(reported),
            });
        var verification = await beltic.Identity.Verifications.CreateAsync(
            VerificationCreateOptions.ForIdvDocument(document.Id) with { SessionId = session.Id, AutoUpdateSession = true });
        var approved = await beltic.Identity.Sessions.GetAsync(session.Id);

        Assert.Equal(DocumentStatus.Pending, document.Status);
        Assert.Equal(2, document.Uploads.Count);
        Assert.Equal(front, fake.UploadedFile(document.Files.Single(f => f.Filename == "front.jpg").Id));
        Assert.Equal(back, fake.UploadedFile(document.Files.Single(f => f.Filename == "back.png").Id));
        Assert.Equal(front.Length + back.Length, reported.Max());

        var puts = fake.Journal.Requests.Where(r => r.Method == "PUT").ToArray();
        Assert.Equal(2, puts.Length);
        Assert.All(puts, p => Assert.Null(p.Header("X-Api-Key")));
        Assert.All(puts, p => Assert.Equal(200, p.StatusCode));

        Assert.True(verification.Passed);
        Assert.Equal(VerificationKind.Idv, verification.Kind);
        Assert.Equal(document.Id, verification.DocumentId);
        Assert.Equal(session.Id, verification.SessionId);
        Assert.Equal(CheckStatus.Passed, verification.Checks.Single(c => c.Name == "id_front_and_back_received").Status);
        Assert.Equal(CheckStatus.Passed, verification.Checks.Single(c => c.Name == "id_expired_detection").Status);
        Assert.Equal(CheckStatus.NotApplicable, verification.Checks.Single(c => c.Name == "id_barcode_detection").Status);

        Assert.Equal(SessionStatus.Approved, approved.Status);
        Assert.Equal(account.Id, approved.AccountId);
        var included = approved.Included.Find<Account>(approved.AccountId);
        Assert.NotNull(included);
        Assert.Equal(AccountStatus.Active, included.Status);
        Assert.Equal("user_42", included.ExternalId);
        Assert.Contains(session.Id, included.SessionIds);
        Assert.Contains(document.Id, included.DocumentIds);
    }

    [Fact]
    public async Task A_missing_back_side_fails_the_check_and_declines_the_session()
    {
        await using var fake = BelticFake.CreateInMemory();
        using var beltic = fake.CreateClient();
        var account = await beltic.Identity.Accounts.CreateAsync(Ada());
        var session = await beltic.Identity.Sessions.CreateAsync(new SessionCreateOptions { AccountId = account.Id });

        var document = await beltic.Identity.IdvDocuments.CreateAndUploadAsync(
            new IdvDocumentUploadOptions(IdentityTestFiles.Upload(IdentityTestFiles.Jpeg(5_000), "front.jpg", "image/jpeg")) { SessionId = session.Id });
        var pendingSession = await beltic.Identity.Sessions.GetAsync(session.Id);
        var verification = await beltic.Identity.Verifications.CreateAsync(
            VerificationCreateOptions.ForIdvDocument(document.Id) with { SessionId = session.Id, AutoUpdateSession = true });
        var declined = await beltic.Identity.Sessions.GetAsync(session.Id);

        Assert.Equal(SessionStatus.Pending, pendingSession.Status);
        Assert.Equal(VerificationStatus.Failed, verification.Status);
        var failed = Assert.Single(verification.FailedChecks);
        Assert.Equal("id_front_and_back_received", failed.Name);
        Assert.Equal(["back_side_missing"], failed.Reasons);
        Assert.Equal(SessionStatus.Declined, declined.Status);
    }

    [Fact]
    public async Task A_standalone_id_is_processed_with_its_own_verification_once_its_files_arrive()
    {
        await using var fake = BelticFake.CreateInMemory();
        using var beltic = fake.CreateClient();

        var document = await beltic.Identity.IdvDocuments.CreateAsync(new IdvDocumentCreateOptions { FileNames = ["front.jpg", "back.jpg"] });
        var before = await beltic.Identity.Verifications.ListAsync();
        var extra = await beltic.Identity.IdvDocuments.UploadFileAsync(document.Id, IdentityTestFiles.Upload(IdentityTestFiles.Jpeg(1_000, 9), "selfie.jpg", "image/jpeg"));
        using var raw = IdentityTestFiles.Raw(fake);
        foreach (var (upload, i) in document.Uploads.Select((u, i) => (u, i)))
        {
            Assert.Equal(200, await IdentityTestFiles.PutAsync(raw, upload.Url, IdentityTestFiles.Jpeg(2_000, i), "image/jpeg"));
        }

        var after = await beltic.Identity.Verifications.ListAsync();

        Assert.Empty(before.Items);
        Assert.Equal(FileStatus.PendingUpload, extra.Status);
        Assert.Equal(IdentityTestFiles.Jpeg(1_000, 9), fake.UploadedFile(extra.Id));
        var verification = Assert.Single(after.Items);
        Assert.True(verification.Passed);
        Assert.Equal(document.Id, verification.DocumentId);
        Assert.Null(verification.SessionId);
    }

    [Fact]
    public async Task An_expired_id_fails_expiry_detection()
    {
        await using var fake = BelticFake.CreateInMemory();
        using var beltic = fake.CreateClient();
        var document = await beltic.Identity.IdvDocuments.CreateAndUploadAsync(
            new IdvDocumentUploadOptions(IdentityTestFiles.Upload(IdentityTestFiles.Jpeg(900), "expired-front.jpg", "image/jpeg"))
            { Back = IdentityTestFiles.Upload(IdentityTestFiles.Jpeg(800, 5), "back.jpg", "image/jpeg") });

        var verification = Assert.Single((await beltic.Identity.Verifications.ListAsync(new VerificationListOptions { Status = VerificationStatus.Failed })).Items);

        Assert.Equal(document.Id, verification.DocumentId);
        Assert.Equal(["document_expired"], verification.FailedChecks.Single().Reasons);
    }

    /// <summary>Records reports synchronously (Progress&lt;T&gt; would post them to the thread pool, out of order).</summary>
    private sealed class SyncProgress(List<long> reports) : IProgress<long>
    {
        public void Report(long value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
