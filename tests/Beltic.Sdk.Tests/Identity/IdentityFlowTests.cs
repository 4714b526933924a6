using Beltic.Identity;
using Beltic.Sdk.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Beltic.Sdk.Tests.Identity;

/// <summary>The Identity overview flow end to end against WireMock: account → session → ID upload → verification → checks.</summary>
public class IdentityFlowTests
{
    [Fact]
    public async Task Account_session_document_upload_verification_and_checks()
    {
        using var host = new TestHost();
        var s = host.Server;
        s.Given(Request.Create().WithPath("/v1/identity/accounts").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithHeader("Content-Type", "application/json").WithBody(IdentityFixtures.AccountJson));
        s.Given(Request.Create().WithPath("/v1/identity/sessions").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithHeader("Content-Type", "application/json").WithBody(IdentityFixtures.SessionJson));
        s.Given(Request.Create().WithPath("/v1/identity/documents/idvs").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithHeader("Content-Type", "application/json").WithBody(IdentityFixtures.IdvDocumentJson(s.Url!)));
        s.Given(Request.Create().WithPath("/uploads/*").UsingPut()).RespondWith(Response.Create().WithStatusCode(200));
        s.Given(Request.Create().WithPath("/v1/identity/verifications").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithHeader("Content-Type", "application/json").WithBody(IdentityFixtures.VerificationJson));

        var identity = host.Client.Identity;
        var account = await identity.Accounts.CreateAsync(new AccountCreateOptions { ExternalId = "user_42", EntityType = EntityType.Person });
        var session = await identity.Sessions.CreateAsync(new SessionCreateOptions { AccountId = account.Id, EntityType = EntityType.Person });

        var front = TestImages.Jpeg(5000);
        var back = TestImages.Png(3000);
        var progress = new List<long>();
        var document = await identity.IdvDocuments.CreateAndUploadAsync(
            new IdvDocumentUploadOptions(FileUpload.FromStream(new MemoryStream(front), "front.jpg", "image/jpeg"))
            {
                Back = FileUpload.FromStream(new MemoryStream(back), "back.png", "image/png"),
                SessionId = session.Id,
                ProgressHandler = new SyncProgress(progress),
            });

        var verification = await identity.Verifications.CreateAsync(
            VerificationCreateOptions.ForIdvDocument(document.Id) with { SessionId = session.Id, AutoUpdateSession = true });

        // What came back.
        Assert.Equal("acc_01HQ7Z3K9M", account.Id);
        Assert.Equal("acc_01HQ7Z3K9M", session.AccountId);
        Assert.Equal("doc_01HQ7Z5C3D", document.Id);
        Assert.Equal(VerificationKind.Idv, verification.Kind);
        Assert.Equal(VerificationStatus.Failed, verification.Status);
        Assert.False(verification.Passed);
        Assert.Equal(["id_expired_detection", "id_portrait_match", "id_barcode_detection"], verification.Checks.Select(c => c.Name));
        Assert.Equal([true, false, false], verification.Checks.Select(c => c.Passed));
        Assert.Equal("portrait_mismatch", Assert.Single(Assert.Single(verification.FailedChecks).Reasons));
        Assert.Equal("doc_01HQ7Z5C3D", verification.DocumentId);
        Assert.Equal(front.Length + back.Length, progress.Last());

        // What was sent, in order.
        var requests = host.Requests.Select(r => $"{r.RequestMessage!.Method} {r.RequestMessage.Path}").ToArray();
        Assert.Equal(
        [
            "POST /v1/identity/accounts", "POST /v1/identity/sessions", "POST /v1/identity/documents/idvs",
            "PUT /uploads/file_01FRONT", "PUT /uploads/file_01BACK", "POST /v1/identity/verifications",
        ], requests);

        var sessionBody = Json.Parse(Json.Body(host.Requests[1]));
        Assert.Equal("acc_01HQ7Z3K9M", sessionBody.GetProperty("data").GetProperty("relationships").GetProperty("account").GetProperty("data").GetProperty("id").GetString());

        var puts = host.Requests.Where(r => r.RequestMessage!.Method == "PUT").ToArray();
        Assert.All(puts, p => Assert.False(Json.HasHeader(p, "X-Api-Key"), "the presigned upload must not carry the Beltic API key"));
        Assert.All(puts, p => Assert.False(Json.HasHeader(p, "Idempotency-Key")));
        Assert.Equal(front, puts[0].RequestMessage!.BodyAsBytes);
        Assert.Equal("image/jpeg", Json.Header(puts[0], "Content-Type"));
        Assert.Equal(back, puts[1].RequestMessage!.BodyAsBytes);
        Assert.Equal("image/png", Json.Header(puts[1], "Content-Type"));
        Assert.All(host.Requests.Where(r => r.RequestMessage!.Method == "POST"), p => Assert.Equal(TestHost.ApiKey, Json.Header(p, "X-Api-Key")));

        var verificationBody = Json.Parse(Json.Body(host.Requests[5])).GetProperty("data");
        Assert.Equal("verification/idv", verificationBody.GetProperty("type").GetString());
        Assert.Equal("doc_01HQ7Z5C3D", verificationBody.GetProperty("relationships").GetProperty("document").GetProperty("data").GetProperty("id").GetString());
        Assert.True(verificationBody.GetProperty("meta").GetProperty("auto_update_session").GetBoolean());
    }
}
