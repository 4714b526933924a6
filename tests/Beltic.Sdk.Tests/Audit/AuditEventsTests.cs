using Beltic.Audit;
using Beltic.Credentials;
using Beltic.Sdk.Tests.Support;
using Snapshooter.Xunit;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Beltic.Sdk.Tests.Audit;

public class AuditEventsTests
{
    private static void Stub(TestHost host, string method, string path, string body, int status = 200)
        => host.Server.Given(Request.Create().WithPath(path).UsingMethod(method))
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithHeader("X-Request-Id", "req_audit_" + status).WithBody(body));

    [Fact]
    public async Task List_sends_every_filter_and_reads_typed_events()
    {
        using var host = new TestHost();
        Stub(host, "GET", "/v1/audit/events", $$"""{ "events": [{{AuditFixtures.EventJson}}], "next_cursor": "cur_2" }""");

        var page = await host.Client.Audit.Events.ListAsync(new AuditEventListOptions
        {
            CredentialId = "cred_01HQ7P4M6ABC",
            EventType = AuditEventType.CredentialVerified,
            Outcome = AuditOutcome.Denied,
            From = new DateTimeOffset(2026, 5, 1, 2, 0, 0, TimeSpan.FromHours(2)),
            To = new DateTimeOffset(2026, 5, 31, 23, 59, 59, 500, TimeSpan.Zero),
            InterventionRequired = true,
            Limit = 100,
            Cursor = "cur_1",
        });

        var sent = host.SingleRequest();
        Assert.Equal("GET", sent.RequestMessage!.Method);
        Assert.Equal(TestHost.ApiKey, Json.Header(sent, "X-Api-Key"));
        Assert.False(Json.HasHeader(sent, "Idempotency-Key"));
        Assert.Equal(
            new SortedDictionary<string, string>
            {
                ["credential_id"] = "cred_01HQ7P4M6ABC", ["event_type"] = "credential.verified", ["outcome"] = "denied",
                ["from"] = "2026-05-01T00:00:00Z", ["to"] = "2026-05-31T23:59:59.5Z", ["intervention_required"] = "true",
                ["limit"] = "100", ["cursor"] = "cur_1",
            },
            new SortedDictionary<string, string>(sent.Query().ToDictionary()));

        var e = Assert.Single(page.Items);
        Assert.Equal("evt_01HQ8A", e.Id);
        Assert.Equal(9007199254740993, e.SeqNum);
        Assert.Equal(AuditEventType.CredentialVerified, e.EventType);
        Assert.Equal("cred_01HQ7P4M6ABC", e.CredentialId);
        Assert.Equal(CredentialType.AgentAuthorization, e.CredentialType);
        Assert.Null(e.AttestationType);
        Assert.Equal("api_key", e.ActorType);
        Assert.Equal(SubjectType.Agent, e.SubjectType);
        Assert.Equal(AuditOutcome.Denied, e.Outcome);
        Assert.Equal("policy_denied", e.OutcomeReason);
        Assert.True(e.InterventionRequired);
        Assert.Equal(new DateTimeOffset(2026, 5, 21, 10, 30, 0, TimeSpan.Zero), e.Timestamp);
        Assert.Equal(42, e.DurationMs);
        Assert.Equal("203.0.113.7", e.SourceIp);
        Assert.Equal("beltic-dotnet/0.1.0", e.UserAgent);
        Assert.Equal("stripe", e.ExternalVerifierId);
        Assert.Equal("pi_123", e.ExternalTransactionRef);
        Assert.Equal(0.9, e.AdditionalProperties!["risk_score"].GetProperty("value").GetDouble());
        Assert.True(page.HasMore);
        Assert.Equal("cur_2", page.ContinuationToken);
        Assert.Equal("req_audit_200", page.RawResponse!.RequestId);
    }

    [Fact]
    public async Task List_without_options_sends_no_query_and_unknown_values_are_kept()
    {
        using var host = new TestHost();
        Stub(host, "GET", "/v1/audit/events", """
            { "events": [ { "id": "evt_1", "event_type": "credential.transferred", "outcome": "partial", "credential_type": "kyc_bundle" } ], "next_cursor": null }
            """);

        var page = await host.Client.Audit.Events.ListAsync();

        Assert.Empty(host.SingleRequest().RequestMessage!.Query!);
        var e = Assert.Single(page.Items);
        Assert.Equal("credential.transferred", e.EventType.Value);
        Assert.False(e.EventType.IsKnown);
        Assert.Equal(new AuditOutcome("partial"), e.Outcome);
        Assert.Equal("kyc_bundle", e.CredentialType!.Value.Value);
        Assert.False(page.HasMore);
        Assert.Null(page.ContinuationToken);
    }

    [Fact]
    public async Task Bad_list_options_are_refused_before_anything_is_sent()
    {
        using var host = new TestHost();
        var events = host.Client.Audit.Events;

        var low = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => events.ListAsync(new AuditEventListOptions { Limit = 0 }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => events.ListAsync(new AuditEventListOptions { Limit = 101 }));
        var range = await Assert.ThrowsAsync<ArgumentException>(() => events.ListAsync(new AuditEventListOptions
        {
            From = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero), To = new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero),
        }));
        await Assert.ThrowsAsync<ArgumentException>(() => events.ListAsync(new AuditEventListOptions { CredentialId = " " }));
        await Assert.ThrowsAsync<ArgumentException>(() => events.ListAsync(new AuditEventListOptions { EventType = new AuditEventType("") }));
        Assert.Throws<ArgumentOutOfRangeException>(() => events.ListAutoPagingAsync(new AuditEventListOptions { Limit = 500 }));

        Assert.Contains("options.Limit", low.Message);
        Assert.Contains("options.From", range.Message);
        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task Auto_paging_follows_next_cursor_across_two_pages_and_keeps_the_filters()
    {
        using var host = new TestHost();
        host.Server.Given(Request.Create().WithPath("/v1/audit/events").WithParam("cursor", "c2").UsingGet())
            .RespondWith(Response.Create().WithHeader("X-Request-Id", "req_p2").WithBody(AuditFixtures.Page(null, "evt_3")));
        host.Server.Given(Request.Create().WithPath("/v1/audit/events").UsingGet()).AtPriority(10)
            .RespondWith(Response.Create().WithHeader("X-Request-Id", "req_p1").WithBody(AuditFixtures.Page("c2", "evt_1", "evt_2")));
        var options = new AuditEventListOptions { Outcome = AuditOutcome.Success, Limit = 2 };

        var ids = new List<string>();
        await foreach (var e in host.Client.Audit.Events.ListAutoPagingAsync(options))
        {
            ids.Add(e.Id);
        }

        var pages = new List<BelticPage<AuditEvent>>();
        await foreach (var p in host.Client.Audit.Events.ListAutoPagingAsync(options).AsPages())
        {
            pages.Add(p);
        }

        Assert.Equal(["evt_1", "evt_2", "evt_3"], ids);
        Assert.Equal(["req_p1", "req_p2"], pages.Select(p => p.RawResponse!.RequestId));
        var queries = host.Requests.Select(r => r.Query()).ToArray();
        Assert.Equal(4, queries.Length);
        Assert.All(queries, q => Assert.Equal("success", q["outcome"]));
        Assert.All(queries, q => Assert.Equal("2", q["limit"]));
        Assert.False(queries[0].ContainsKey("cursor"));
        Assert.Equal("c2", queries[1]["cursor"]);
        Assert.Null(options.Cursor);
    }

    [Fact]
    public async Task Record_presentation_posts_the_presented_event_and_reads_recorded()
    {
        using var host = new TestHost();
        Stub(host, "POST", "/v1/audit/events", """{ "recorded": true }""", 201);

        var result = await host.Client.Audit.Events.RecordPresentationAsync(new AuditPresentationOptions("cred_01HQ7P4M6ABC", "stripe")
        {
            ExternalTransactionRef = "pi_123", ExternalSessionRef = "cs_456", PresentedClaims = ["kyb_status", "jurisdiction"],
            CorrelationId = "corr_789", UcpCheckoutId = "ucp_1",
        });

        var sent = host.SingleRequest();
        Assert.Equal("POST", sent.RequestMessage!.Method);
        Assert.Equal(TestHost.ApiKey, Json.Header(sent, "X-Api-Key"));
        Assert.True(Json.HasHeader(sent, "Idempotency-Key"));
        Assert.StartsWith("application/json", Json.Header(sent, "Content-Type"));
        sent.SentJson().MatchSnapshot();
        Assert.True(result.Recorded);
        Assert.Equal(201, (int)result.RawResponse!.StatusCode);
        Assert.Equal("req_audit_201", result.RawResponse.RequestId);
        Assert.Equal(Json.Header(sent, "Idempotency-Key"), result.RawResponse.IdempotencyKey);
    }

    [Fact]
    public async Task Record_presentation_with_only_the_required_members_sends_only_them()
    {
        using var host = new TestHost();
        Stub(host, "POST", "/v1/audit/events", """{ "recorded": true }""", 201);

        await host.Client.Audit.Events.RecordPresentationAsync(new AuditPresentationOptions("cred_1", "adyen"), new RequestOptions { IdempotencyKey = "present-1" });

        var sent = host.SingleRequest();
        Assert.Equal("""{"event_type":"credential.presented","credential_id":"cred_1","external_verifier_id":"adyen"}""", Json.Body(sent));
        Assert.Equal("present-1", Json.Header(sent, "Idempotency-Key"));
    }

    [Theory]
    [InlineData("", "stripe", "options.CredentialId")]
    [InlineData(" ", "stripe", "options.CredentialId")]
    [InlineData("cred_1", "", "options.ExternalVerifierId")]
    [InlineData("cred_1", "\t", "options.ExternalVerifierId")]
    public async Task Record_presentation_checks_the_required_members_before_sending(string credentialId, string verifierId, string named)
    {
        using var host = new TestHost();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => host.Client.Audit.Events.RecordPresentationAsync(new AuditPresentationOptions(credentialId, verifierId)));

        Assert.Contains(named, ex.Message);
        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task Record_presentation_refuses_nulls_and_empty_claim_names_before_sending()
    {
        using var host = new TestHost();
        var events = host.Client.Audit.Events;

        await Assert.ThrowsAsync<ArgumentNullException>(() => events.RecordPresentationAsync(null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => events.RecordPresentationAsync(new AuditPresentationOptions(null!, "stripe")));
        var claims = await Assert.ThrowsAsync<ArgumentException>(() => events.RecordPresentationAsync(new AuditPresentationOptions("cred_1", "stripe") { PresentedClaims = ["kyb_status", ""] }));

        Assert.Contains("options.PresentedClaims", claims.Message);
        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task A_422_on_record_is_a_validation_exception_with_the_field()
    {
        using var host = new TestHost();
        Stub(host, "POST", "/v1/audit/events", """
            { "error": { "code": "validation_failed", "message": "credential_id: unknown credential", "details": { "field": "credential_id" }, "request_id": "req_422" } }
            """, 422);

        var ex = await Assert.ThrowsAsync<BelticValidationException>(() => host.Client.Audit.Events.RecordPresentationAsync(new AuditPresentationOptions("cred_x", "stripe")));

        Assert.Equal(422, (int)ex.StatusCode);
        Assert.Equal("validation_failed", ex.ErrorCode);
        Assert.Equal("req_422", ex.RequestId);
        Assert.Single(host.Requests); // 422 is not retried
    }

    [Fact]
    public async Task A_403_without_the_audit_scope_is_forbidden()
    {
        using var host = new TestHost();
        Stub(host, "GET", "/v1/audit/events", """{ "error": { "code": "forbidden", "message": "missing scope audit:read" } }""", 403);

        var ex = await Assert.ThrowsAsync<BelticForbiddenException>(() => host.Client.Audit.Events.ListAsync());

        Assert.Equal("forbidden", ex.ErrorCode);
    }

    [Fact]
    public async Task A_per_call_api_key_is_sent_on_every_page_and_on_record()
    {
        const string tenantKey = "sk_production_tenant_audit_0123";
        using var host = new TestHost();
        host.Server.Given(Request.Create().WithPath("/v1/audit/events").WithParam("cursor", "c2").UsingGet())
            .RespondWith(Response.Create().WithBody(AuditFixtures.Page(null, "evt_2")));
        host.Server.Given(Request.Create().WithPath("/v1/audit/events").UsingGet()).AtPriority(10)
            .RespondWith(Response.Create().WithBody(AuditFixtures.Page("c2", "evt_1")));
        Stub(host, "POST", "/v1/audit/events", """{ "recorded": true }""", 201);
        var perCall = new RequestOptions { ApiKey = tenantKey };

        await foreach (var _ in host.Client.Audit.Events.ListAutoPagingAsync(null, perCall))
        {
        }

        await host.Client.Audit.Events.RecordPresentationAsync(new AuditPresentationOptions("cred_1", "stripe"), perCall);

        Assert.Equal(3, host.Requests.Count);
        Assert.All(host.Requests, r => Assert.Equal(tenantKey, Json.Header(r, "X-Api-Key")));
        Assert.Throws<ArgumentException>(() => host.Client.Audit.Events.ListAutoPagingAsync(null, new RequestOptions { ApiKey = "pk_bad" }));
    }
}
