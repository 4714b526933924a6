using System.Net;
using Beltic.Identity;
using Beltic.Testing;

namespace Beltic.Sdk.Testing.Tests;

/// <summary>Identity errors, scopes, idempotency, paging and filters through a real BelticClient.</summary>
public class IdentityApiTests
{
    [Fact]
    public async Task A_taken_external_id_is_422_at_its_pointer()
    {
        await using var fake = BelticFake.CreateInMemory();
        using var beltic = fake.CreateClient();
        await beltic.Identity.Accounts.CreateAsync(IdentityFlowTests.Ada());

        var ex = await Assert.ThrowsAsync<BelticValidationException>(() => beltic.Identity.Accounts.CreateAsync(IdentityFlowTests.Ada()));

        var field = Assert.Single(ex.FieldErrors);
        Assert.Equal("/data/attributes/external_id", field.Pointer);
        Assert.Equal("taken", field.Code);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, ex.StatusCode);
        Assert.StartsWith("req_fake_", ex.RequestId);
    }

    [Fact]
    public async Task A_session_needs_an_account_that_exists()
    {
        await using var fake = BelticFake.CreateInMemory();
        using var beltic = fake.CreateClient();

        var unknown = await Assert.ThrowsAsync<BelticNotFoundException>(() => beltic.Identity.Sessions.CreateAsync(new SessionCreateOptions { AccountId = "acc_nope" }));
        var missing = await Assert.ThrowsAsync<BelticValidationException>(() => beltic.Identity.Sessions.CreateAsync(new SessionCreateOptions()));
        await Assert.ThrowsAsync<BelticNotFoundException>(() => beltic.Identity.Sessions.GetAsync("ses_nope"));

        Assert.Equal("/data/relationships/account/data/id", Assert.Single(unknown.FieldErrors).Pointer);
        Assert.Equal("/data/relationships/account", Assert.Single(missing.FieldErrors).Pointer);
    }

    [Fact]
    public async Task A_read_only_key_can_list_but_not_create_and_an_id_document_needs_verifications_write_too()
    {
        await using var fake = BelticFake.CreateInMemory();
        fake.AddApiKey("sk_staging_identity_reader", "identity:read");
        fake.AddApiKey("sk_staging_documents_only", "documents:write");
        using var reader = fake.CreateClient(o => o.ApiKey = "sk_staging_identity_reader");
        using var documents = fake.CreateClient(o => o.ApiKey = "sk_staging_documents_only");

        var forbidden = await Assert.ThrowsAsync<BelticForbiddenException>(() => reader.Identity.Accounts.CreateAsync(IdentityFlowTests.Ada()));
        var page = await reader.Identity.Accounts.ListAsync();
        var idv = await Assert.ThrowsAsync<BelticForbiddenException>(() => documents.Identity.IdvDocuments.CreateAsync(new IdvDocumentCreateOptions { FileNames = ["front.jpg"] }));
        var verify = await Assert.ThrowsAsync<BelticForbiddenException>(() => reader.Identity.Verifications.CreateAsync(VerificationCreateOptions.ForIdvDocument("doc_1")));

        Assert.Equal("identity:write", forbidden.MissingScope);
        Assert.Empty(page.Items);
        Assert.Equal("verifications:write", idv.MissingScope);
        Assert.Equal("verifications:write", verify.MissingScope);
    }

    [Fact]
    public async Task A_create_retried_after_the_connection_dropped_post_processing_makes_one_account()
    {
        await using var fake = BelticFake.CreateInMemory();
        using var beltic = fake.CreateClient();
        fake.Faults.DropConnection("POST", "/v1/identity/accounts", afterProcessing: true);

        var account = await beltic.Identity.Accounts.CreateAsync(IdentityFlowTests.Ada());
        var all = await beltic.Identity.Accounts.ListAsync(new AccountListOptions { IncludeTotal = true });

        var attempts = fake.Journal.To("POST", "/v1/identity/accounts");
        Assert.Equal([0, 201], attempts.Select(a => a.StatusCode));
        Assert.Single(attempts.Select(a => a.Header("Idempotency-Key")).Distinct());
        Assert.Equal("true", account.RawResponse!.Headers["Idempotent-Replayed"][0]);
        Assert.Equal(account.Id, Assert.Single(all.Items).Id);
        Assert.Equal(1, all.Total);
    }

    [Fact]
    public async Task Lists_page_with_cursors_and_links_next_and_auto_paging_gets_everything()
    {
        await using var fake = BelticFake.CreateInMemory();
        using var beltic = fake.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await beltic.Identity.Accounts.CreateAsync(IdentityFlowTests.Ada($"user_{i}"));
        }

        var first = await beltic.Identity.Accounts.ListAsync(new AccountListOptions { PageSize = 2, IncludeTotal = true });
        var second = await beltic.Identity.Accounts.ListAsync(new AccountListOptions { PageSize = 2, After = first.ContinuationToken });
        var back = await beltic.Identity.Accounts.ListAsync(new AccountListOptions { PageSize = 2, Before = second.PreviousCursor });
        var all = new List<Account>();
        await foreach (var a in beltic.Identity.Accounts.ListAutoPagingAsync(new AccountListOptions { PageSize = 2 }))
        {
            all.Add(a);
        }

        using var raw = IdentityTestFiles.Raw(fake, fake.ApiKey);
        var json = System.Text.Json.Nodes.JsonNode.Parse(await raw.GetStringAsync("/v1/identity/accounts?page%5Bsize%5D=2"))!;
        var bad = await raw.GetAsync("/v1/identity/accounts?page%5Bsize%5D=101");

        Assert.Equal(["user_0", "user_1"], first.Items.Select(a => a.ExternalId));
        Assert.True(first.HasMore);
        Assert.Equal(5, first.Total);
        Assert.Equal(["user_2", "user_3"], second.Items.Select(a => a.ExternalId));
        Assert.Equal(["user_0", "user_1"], back.Items.Select(a => a.ExternalId));
        Assert.Equal(5, all.Select(a => a.Id).Distinct().Count());
        Assert.Contains("page%5Bafter%5D=", (string)json["links"]!["next"]!, StringComparison.Ordinal);
        Assert.Contains("page%5Bsize%5D=2", (string)json["links"]!["next"]!, StringComparison.Ordinal);
        Assert.True((bool)json["meta"]!["page"]!["hasNextPage"]!);
        Assert.False((bool)json["meta"]!["page"]!["hasPreviousPage"]!);
        Assert.NotNull(json["meta"]!["page"]!["cursors"]!["end"]);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Sessions_and_verifications_filter_as_documented()
    {
        await using var fake = BelticFake.CreateInMemory();
        using var beltic = fake.CreateClient();
        var ada = await beltic.Identity.Accounts.CreateAsync(IdentityFlowTests.Ada("ada"));
        var corp = await beltic.Identity.Accounts.CreateAsync(new AccountCreateOptions { ExternalId = "corp", EntityType = EntityType.Business });
        var adaSession = await beltic.Identity.Sessions.CreateAsync(new SessionCreateOptions { AccountId = ada.Id });
        var corpSession = await beltic.Identity.Sessions.CreateAsync(new SessionCreateOptions { AccountId = corp.Id });
        var document = await beltic.Identity.IdvDocuments.CreateAndUploadAsync(
            new IdvDocumentUploadOptions(IdentityTestFiles.Upload(IdentityTestFiles.Jpeg(500), "front.jpg", "image/jpeg")) { SessionId = adaSession.Id });
        var failed = await beltic.Identity.Verifications.CreateAsync(VerificationCreateOptions.ForIdvDocument(document.Id) with { SessionId = adaSession.Id });

        var byAccount = await beltic.Identity.Sessions.ListAsync(new SessionListOptions { AccountId = corp.Id });
        var businesses = await beltic.Identity.Sessions.ListAsync(new SessionListOptions { EntityType = EntityType.Business });
        var pending = await beltic.Identity.Sessions.ListAsync(new SessionListOptions { Status = SessionStatus.Pending });
        var byDevice = await beltic.Identity.Sessions.ListAsync(new SessionListOptions { SessionDeviceId = "dev_1" });
        var failedForAda = await beltic.Identity.Verifications.ListAsync(new VerificationListOptions { SessionId = adaSession.Id, Status = VerificationStatus.Failed, IncludeTotal = true });
        var passed = await beltic.Identity.Verifications.ListAsync(new VerificationListOptions { Status = VerificationStatus.Passed });
        var future = await beltic.Identity.Verifications.ListAsync(new VerificationListOptions { CreatedFrom = DateTimeOffset.UtcNow.AddHours(1) });

        Assert.Equal(corpSession.Id, Assert.Single(byAccount.Items).Id);
        Assert.Equal(EntityType.Business, Assert.Single(businesses.Items).EntityType);
        Assert.Equal(adaSession.Id, Assert.Single(pending.Items).Id);
        Assert.Empty(byDevice.Items);
        Assert.Equal(failed.Id, Assert.Single(failedForAda.Items).Id);
        Assert.Equal(1, failedForAda.Total);
        Assert.Empty(passed.Items);
        Assert.Empty(future.Items);
    }

    [Fact]
    public async Task Verifications_page_with_their_own_meta_and_links_only()
    {
        await using var fake = BelticFake.CreateInMemory();
        using var beltic = fake.CreateClient();
        var documentId = fake.CreateAddressDocument();
        for (var i = 0; i < 3; i++)
        {
            await beltic.Identity.Verifications.CreateAsync(VerificationCreateOptions.ForAddressDocument(documentId));
        }

        var first = await beltic.Identity.Verifications.ListAsync(new VerificationListOptions { PageSize = 2 });
        var all = new List<Beltic.Identity.Verification>();
        await foreach (var v in beltic.Identity.Verifications.ListAutoPagingAsync(new VerificationListOptions { PageSize = 2, Status = VerificationStatus.Failed }))
        {
            all.Add(v);
        }

        using var raw = IdentityTestFiles.Raw(fake, fake.ApiKey);
        var page = System.Text.Json.Nodes.JsonNode.Parse(await raw.GetStringAsync("/v1/identity/verifications?page%5Bsize%5D=2"))!["meta"]!["page"]!;

        Assert.True(first.HasMore);
        Assert.Equal(3, all.Count);
        Assert.All(all, v => Assert.Equal("address_document_submitted", v.FailedChecks[0].Name));
        Assert.Equal(2, (int)page["size"]!);
        Assert.True((bool)page["hasNext"]!);
        Assert.Null(page["cursors"]);
    }
}
