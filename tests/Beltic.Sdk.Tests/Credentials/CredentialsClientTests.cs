using System.Text;
using System.Text.Json;
using Beltic.Credentials;
using Beltic.Sdk.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Beltic.Sdk.Tests.Credentials;

public class CredentialsClientTests
{
    private static CredentialIssueOptions Business() => CredentialIssueOptions.Business(
        new CredentialSubject("biz_widgetcorp", SubjectType.Organisation) { Name = "WidgetCorp Ltd" },
        new BusinessClaims("US-DE") { KybStatus = "approved", VerifiedAt = new DateTimeOffset(2026, 5, 20, 0, 0, 0, TimeSpan.Zero) })
        with { ExpiresAt = new DateTimeOffset(2027, 5, 20, 0, 0, 0, TimeSpan.Zero) };

    [Fact]
    public async Task Issue_posts_the_credential_and_maps_the_response()
    {
        using var host = new TestHost();
        host.Server.Given(Request.Create().WithPath("/v1/credentials").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithHeader("X-Request-Id", "req_issue").WithBody(CredentialFixtures.CredentialJson));

        var c = await host.Client.Credentials.IssueAsync(Business() with { EvidenceRefs = ["evidence:ev_1"] });

        var r = host.SingleRequest();
        Assert.Equal("POST", r.RequestMessage!.Method);
        Assert.StartsWith("application/json", Json.Header(r, "Content-Type"));
        var body = Json.Parse(r.RequestMessage.Body!);
        Assert.Equal("business", body.GetProperty("credential_type").GetString());
        Assert.Equal("organisation", body.GetProperty("subject").GetProperty("type").GetString());
        Assert.Equal("US-DE", body.GetProperty("claims").GetProperty("jurisdiction").GetString());
        Assert.Equal("evidence:ev_1", body.GetProperty("evidence_refs")[0].GetString());
        Assert.False(body.TryGetProperty("ttl", out _)); // nulls are not sent

        Assert.Equal("cred_01HQ7P4M6ABC", c.Id);
        Assert.Equal(CredentialType.Business, c.CredentialType);
        Assert.Equal(CredentialStatus.Active, c.Status);
        Assert.Equal("WidgetCorp Ltd", c.Subject!.Name);
        Assert.Equal("approved", c.Claims!.Value.GetProperty("kyb_status").GetString());
        Assert.Equal(4287, c.StatusListIndex);
        Assert.Equal(new DateTimeOffset(2027, 5, 20, 0, 0, 0, TimeSpan.Zero), c.ExpiresAt);
        Assert.Equal(1, c.AdditionalProperties!["some_future_field"].GetProperty("x").GetInt32());
        Assert.Equal(201, (int)c.RawResponse!.StatusCode);
        Assert.Equal("req_issue", c.RawResponse.RequestId);
    }

    [Fact]
    public async Task Unknown_enum_values_from_the_server_do_not_crash()
    {
        using var host = new TestHost();
        host.Server.Given(Request.Create().WithPath("/v1/credentials/cred_new")).RespondWith(Response.Create().WithBody(
            CredentialFixtures.CredentialJson.Replace("\"business\"", "\"kyc_bundle\"").Replace("\"active\"", "\"archived\"")));

        var c = await host.Client.Credentials.GetAsync("cred_new");

        Assert.Equal("kyc_bundle", c.CredentialType.Value);
        Assert.Equal(new CredentialStatus("archived"), c.Status);
        Assert.NotEqual(CredentialStatus.Active, c.Status);
    }

    [Fact]
    public async Task Get_escapes_the_id_and_rejects_empty_ids_before_sending()
    {
        using var host = new TestHost();
        host.Server.Given(Request.Create().UsingGet()).RespondWith(Response.Create().WithBody(CredentialFixtures.CredentialJson));

        await host.Client.Credentials.GetAsync("cred 1/x");
        await Assert.ThrowsAsync<ArgumentException>(() => host.Client.Credentials.GetAsync(" "));
        await Assert.ThrowsAsync<ArgumentNullException>(() => host.Client.Credentials.GetAsync(null!));

        var r = host.SingleRequest();
        Assert.Equal("/v1/credentials/cred%201%2Fx", new Uri(r.RequestMessage!.AbsoluteUrl).AbsolutePath.Replace("%2f", "%2F"));
    }

    [Fact]
    public async Task List_sends_filters_as_query_parameters_and_reads_the_page()
    {
        using var host = new TestHost();
        host.Server.Given(Request.Create().WithPath("/v1/credentials").UsingGet()).RespondWith(Response.Create().WithBody($$$"""
            {"items":[{{{CredentialFixtures.CredentialJson}}}],"pagination":{"next_cursor":"cur_2","has_more":true,"prev_cursor":null,"total":3}}
            """));

        var page = await host.Client.Credentials.ListAsync(new CredentialListOptions
        {
            SubjectId = "biz_widgetcorp", DeveloperId = "dev_1", CredentialType = CredentialType.AgentAuthorization,
            AttestationType = "kyb", Status = CredentialStatus.Revoked, Cursor = "cur_1", Limit = 25,
        });

        var q = host.SingleRequest().RequestMessage!.Query!;
        Assert.Equal("biz_widgetcorp", q["subject_id"].ToString());
        Assert.Equal("dev_1", q["developer_id"].ToString());
        Assert.Equal("agent_authorization", q["credential_type"].ToString());
        Assert.Equal("kyb", q["attestation_type"].ToString());
        Assert.Equal("revoked", q["status"].ToString());
        Assert.Equal("cur_1", q["cursor"].ToString());
        Assert.Equal("25", q["limit"].ToString());
        Assert.Single(page.Items);
        Assert.True(page.HasMore);
        Assert.Equal("cur_2", page.ContinuationToken);
        Assert.Equal(3, page.Total);
    }

    [Fact]
    public async Task List_without_options_sends_no_query_and_bad_limits_are_rejected()
    {
        using var host = new TestHost();
        host.Server.Given(Request.Create().WithPath("/v1/credentials").UsingGet()).RespondWith(Response.Create().WithBody("""{"items":[],"pagination":{"has_more":false}}"""));

        var page = await host.Client.Credentials.ListAsync();
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => host.Client.Credentials.ListAsync(new CredentialListOptions { Limit = 0 }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => host.Client.Credentials.ListAsync(new CredentialListOptions { Limit = 201 }));

        Assert.Empty(page.Items);
        Assert.False(page.HasMore);
        Assert.Empty(host.SingleRequest().RequestMessage!.Query!);
    }

    [Fact]
    public async Task Auto_paging_follows_every_cursor_and_leaves_the_callers_options_alone()
    {
        using var host = new TestHost();
        string Item(string id) => CredentialFixtures.CredentialJson.Replace("cred_01HQ7P4M6ABC", id);
        host.Server.Given(Request.Create().WithPath("/v1/credentials").WithParam("cursor", "c2")).RespondWith(Response.Create().WithBody(
            $$$"""{"items":[{{{Item("cred_3")}}},{{{Item("cred_4")}}}],"pagination":{"next_cursor":"c3","has_more":true}}"""));
        host.Server.Given(Request.Create().WithPath("/v1/credentials").WithParam("cursor", "c3")).RespondWith(Response.Create().WithBody(
            $$$"""{"items":[{{{Item("cred_5")}}}],"pagination":{"next_cursor":null,"has_more":false}}"""));
        host.Server.Given(Request.Create().WithPath("/v1/credentials").UsingGet()).AtPriority(100).RespondWith(Response.Create().WithBody(
            $$$"""{"items":[{{{Item("cred_1")}}},{{{Item("cred_2")}}}],"pagination":{"next_cursor":"c2","has_more":true}}"""));
        var options = new CredentialListOptions { Status = CredentialStatus.Active, Limit = 2 };

        var ids = new List<string>();
        await foreach (var c in host.Client.Credentials.ListAutoPagingAsync(options))
        {
            ids.Add(c.Id);
        }

        Assert.Equal(["cred_1", "cred_2", "cred_3", "cred_4", "cred_5"], ids);
        Assert.Equal(3, host.Requests.Count);
        Assert.All(host.Requests, r => Assert.Equal("active", r.RequestMessage!.Query!["status"].ToString()));
        Assert.Null(options.Cursor);
    }

    [Fact]
    public async Task Auto_paging_is_lazy()
    {
        using var host = new TestHost();
        host.Server.Given(Request.Create().WithPath("/v1/credentials").UsingGet()).RespondWith(Response.Create().WithBody(
            $$$"""{"items":[{{{CredentialFixtures.CredentialJson}}}],"pagination":{"next_cursor":"again","has_more":true}}"""));

        await foreach (var _ in host.Client.Credentials.ListAutoPagingAsync())
        {
            break;
        }

        Assert.Single(host.Requests);
    }

    [Fact]
    public async Task Verify_sends_the_jwt_and_typed_context_and_a_failure_is_a_result()
    {
        using var host = new TestHost();
        host.Server.Given(Request.Create().WithPath("/v1/credentials/verify").UsingPost())
            .RespondWith(Response.Create().WithBody("""{"valid":false,"reason":"policy_denied","message":"amount over limit","status":"active","credential_type":"agent_authorization"}"""));

        var result = await host.Client.Credentials.VerifyAsync("eyJ.payload.sig", new CredentialVerificationContext
        {
            Audience = "merchant_123", ResourceType = "wallet", ResourceId = "wal_123", Action = "payment_authorize",
            TransactionAmount = 12000, TransactionCurrency = "USD",
            AdditionalFields = new Dictionary<string, JsonElement> { ["merchant_category"] = Json.Parse("\"5411\"") },
        });

        Assert.False(result.Valid);
        Assert.Equal("policy_denied", result.Reason);
        Assert.Equal(CredentialType.AgentAuthorization, result.CredentialType);
        var r = host.SingleRequest();
        Assert.Equal(TestHost.ApiKey, Json.Header(r, "X-Api-Key"));
        var body = Json.Parse(r.RequestMessage!.Body!);
        Assert.Equal("eyJ.payload.sig", body.GetProperty("credential").GetString());
        var ctx = body.GetProperty("context");
        Assert.Equal("merchant_123", ctx.GetProperty("audience").GetString());
        Assert.Equal(12000, ctx.GetProperty("transaction_amount").GetInt64());
        Assert.Equal("USD", ctx.GetProperty("transaction_currency").GetString());
        Assert.Equal("payment_authorize", ctx.GetProperty("action").GetString());
        Assert.Equal("5411", ctx.GetProperty("merchant_category").GetString());
    }

    [Fact]
    public async Task Verify_success_maps_subject_and_claims()
    {
        using var host = new TestHost();
        host.Server.Given(Request.Create().WithPath("/v1/credentials/verify").UsingPost()).RespondWith(Response.Create().WithBody("""
            {"valid":true,"status":"active","credential_type":"user","trust_level":"idv_verified",
             "subject":{"id":"usr_1","type":"person"},"claims":{"kyc_status":"approved"}}
            """));

        var result = await host.Client.Credentials.VerifyAsync("eyJ.a.b");

        Assert.True(result.Valid);
        Assert.Equal(TrustLevel.IdvVerified, result.TrustLevel);
        Assert.Equal("usr_1", result.Subject!.Id);
        Assert.Equal("approved", result.Claims!.Value.GetProperty("kyc_status").GetString());
        Assert.False(Json.Parse(host.SingleRequest().RequestMessage!.Body!).TryGetProperty("context", out _));
    }

    [Fact]
    public async Task Revoke_posts_the_reason_and_a_409_is_a_conflict()
    {
        using var host = new TestHost();
        host.Server.Given(Request.Create().WithPath("/v1/credentials/cred_1/revoke").UsingPost()).RespondWith(Response.Create().WithBody("""
            {"id":"cred_1","credential_id":"cred_1","credential_type":"business","status":"revoked","revoked_at":"2026-05-21T15:00:00Z","revocation_reason":"key_rotation","status_list_index":4287}
            """));
        host.Server.Given(Request.Create().WithPath("/v1/credentials/cred_2/revoke").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(409).WithBody("""{"error":{"code":"conflict","message":"Credential is not active"}}"""));

        var revoked = await host.Client.Credentials.RevokeAsync("cred_1", RevocationReason.KeyRotation);
        var conflict = await Assert.ThrowsAsync<BelticConflictException>(() => host.Client.Credentials.RevokeAsync("cred_2"));

        Assert.Equal(CredentialStatus.Revoked, revoked.Status);
        Assert.Equal(RevocationReason.KeyRotation, revoked.RevocationReason);
        Assert.Equal(new DateTimeOffset(2026, 5, 21, 15, 0, 0, TimeSpan.Zero), revoked.RevokedAt);
        Assert.Equal("""{"reason":"key_rotation"}""", host.Requests[0].RequestMessage!.Body);
        Assert.False(conflict.IsIdempotencyKeyConflict);
        Assert.Equal("Credential is not active", conflict.ServerMessage);
        Assert.Equal(2, host.Requests.Count); // 409 is not retried
    }

    [Fact]
    public async Task Delete_sends_delete_and_returns_the_response_facts()
    {
        using var host = new TestHost();
        host.Server.Given(Request.Create().WithPath("/v1/credentials/cred_1").UsingDelete()).RespondWith(Response.Create().WithStatusCode(204).WithHeader("X-Request-Id", "req_del"));

        var response = await host.Client.Credentials.DeleteAsync("cred_1", new RequestOptions { IdempotencyKey = "del-1" });

        Assert.Equal(204, (int)response.StatusCode);
        Assert.Equal("req_del", response.RequestId);
        Assert.Equal("del-1", response.IdempotencyKey);
        Assert.Equal("DELETE", host.SingleRequest().RequestMessage!.Method);
    }

    [Fact]
    public async Task Batch_issue_sends_the_async_form_and_reads_a_job()
    {
        using var host = new TestHost();
        host.Server.Given(Request.Create().WithPath("/v1/credentials/batch-issue").UsingPost()).RespondWith(Response.Create().WithStatusCode(202).WithBody("""
            {"job_id":"job_01HQ7Q","status":"queued","total":2,"processed":0,"succeeded":0,"failed":0,"created_at":"2026-05-21T10:00:00Z"}
            """));

        var batch = await host.Client.Credentials.BatchIssueAsync([Business(), Business()]);

        Assert.Equal("job_01HQ7Q", batch.JobId);
        Assert.Equal(BatchJobStatus.Queued, batch.Status);
        Assert.False(batch.IsFinished);
        Assert.False(batch.IsSynchronous);
        var body = Json.Parse(host.SingleRequest().RequestMessage!.Body!);
        Assert.Equal(2, body.GetProperty("credentials").GetArrayLength());
        Assert.Equal("business", body.GetProperty("credentials")[1].GetProperty("credential_type").GetString());
        Assert.True(Json.HasHeader(host.SingleRequest(), "Idempotency-Key"));
    }

    [Fact]
    public async Task Batch_issue_accepts_the_synchronous_answer()
    {
        using var host = new TestHost();
        host.Server.Given(Request.Create().WithPath("/v1/credentials/batch-issue").UsingPost()).RespondWith(Response.Create().WithBody($$$"""
            {"success_count":1,"failure_count":1,"results":[{"credential":{{{CredentialFixtures.CredentialJson}}},"correlation_id":"a"},
                                                          {"correlation_id":"b","error":{"code":"validation_failed","message":"jurisdiction missing"}}]}
            """));

        var batch = await host.Client.Credentials.BatchIssueAsync([Business(), Business()]);

        Assert.True(batch.IsSynchronous);
        Assert.True(batch.IsFinished);
        Assert.Equal(1, batch.Succeeded);
        Assert.Equal(1, batch.Failed);
        Assert.Equal("cred_01HQ7P4M6ABC", batch.Results[0].Credential!.Id);
        var error = Assert.Single(batch.Errors);
        Assert.Equal(1, error.Index);
        Assert.Equal("b", error.CorrelationId);
        Assert.Equal("validation_failed", error.Code);
        Assert.Same(batch, await host.Client.Credentials.WaitForBatchAsync(batch)); // nothing to poll
    }

    [Fact]
    public async Task Wait_for_batch_polls_until_the_job_finishes()
    {
        using var host = new TestHost();
        var path = "/v1/credentials/batch-issue/job_1";
        host.Server.Given(Request.Create().WithPath(path).UsingGet()).InScenario("b").WillSetStateTo("p")
            .RespondWith(Response.Create().WithBody("""{"job_id":"job_1","status":"queued","total":2}"""));
        host.Server.Given(Request.Create().WithPath(path).UsingGet()).InScenario("b").WhenStateIs("p").WillSetStateTo("done")
            .RespondWith(Response.Create().WithBody("""{"job_id":"job_1","status":"processing","total":2,"processed":1}"""));
        host.Server.Given(Request.Create().WithPath(path).UsingGet()).InScenario("b").WhenStateIs("done")
            .RespondWith(Response.Create().WithBody("""{"job_id":"job_1","status":"completed","total":2,"processed":2,"succeeded":1,"failed":1,"errors":[{"index":1,"code":"validation_failed","message":"bad"}]}"""));

        var (batch, elapsed) = await host.RunAsync(() => host.Client.Credentials.WaitForBatchAsync("job_1", TimeSpan.FromSeconds(5)));

        Assert.Equal(BatchJobStatus.Completed, batch.Status);
        Assert.Equal(1, Assert.Single(batch.Errors).Index);
        Assert.Equal(3, host.Requests.Count);
        Assert.True(elapsed >= TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Batch_issue_rejects_an_empty_list_before_sending()
    {
        using var host = new TestHost();

        await Assert.ThrowsAsync<ArgumentException>(() => host.Client.Credentials.BatchIssueAsync([]));

        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task Evidence_upload_is_multipart_with_the_file_and_fields()
    {
        using var host = new TestHost();
        host.Server.Given(Request.Create().WithPath("/v1/evidence").UsingPost()).RespondWith(Response.Create().WithStatusCode(201).WithBody(
            """{"id":"ev_01HQABCDEFGH","sha256":"abc123","filename":"passport.pdf"}"""));
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n% fake pdf for tests\n");

        var evidence = await host.Client.Credentials.UploadEvidenceAsync(new MemoryStream(pdf), "application/pdf", "passport.pdf", "passport");

        Assert.Equal("ev_01HQABCDEFGH", evidence.Id);
        Assert.Equal("evidence:ev_01HQABCDEFGH", evidence.Reference);
        var r = host.SingleRequest();
        Assert.StartsWith("multipart/form-data", Json.Header(r, "Content-Type"));
        var body = Json.Body(r);
        Assert.Contains("name=file", body);
        Assert.Contains("filename=passport.pdf", body);
        Assert.Contains("Content-Type: application/pdf", body);
        Assert.Contains("% fake pdf for tests", body);
        Assert.Contains("name=document_type", body);
        Assert.Contains("passport", body);
        Assert.True(Json.HasHeader(r, "Idempotency-Key"));
    }

    [Fact]
    public async Task Evidence_type_is_recognised_when_not_given()
    {
        using var host = new TestHost();
        host.Server.Given(Request.Create().WithPath("/v1/evidence").UsingPost()).RespondWith(Response.Create().WithStatusCode(201).WithBody("""{"id":"ev_png"}"""));
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];

        await host.Client.Credentials.UploadEvidenceAsync(new MemoryStream(png), null, "scan.png");

        Assert.Contains("Content-Type: image/png", Json.Body(host.SingleRequest()));
    }

    public static TheoryData<byte[], string?, string> BadEvidence => new()
    {
        { [], "application/pdf", "empty" },
        { new byte[(10 * 1024 * 1024) + 1], "application/pdf", "10 MB" },
        { Encoding.ASCII.GetBytes("hello"), "text/plain", "not accepted" },
        { Encoding.ASCII.GetBytes("hello"), null, "could not be recognised" },
        { Encoding.ASCII.GetBytes("%PDF-1.4"), "image/png", "looks like 'application/pdf'" },
    };

    [Theory]
    [MemberData(nameof(BadEvidence), DisableDiscoveryEnumeration = true)]
    public async Task Bad_evidence_is_rejected_before_anything_is_sent(byte[] content, string? type, string expected)
    {
        using var host = new TestHost();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => host.Client.Credentials.UploadEvidenceAsync(new MemoryStream(content), type, "f.bin"));

        Assert.Contains(expected, ex.Message);
        Assert.Empty(host.Requests);
    }
}
