using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Beltic.Audit;
using Beltic.Credentials;
using Beltic.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Beltic.Sdk.Testing.Tests;

/// <summary>The audit trail: what the Credentials area reports becomes §3 events, listed with every filter and cursor paging.</summary>
public class AuditEventTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Issue_verify_revoke_and_delete_are_listed_in_order_with_every_filter_and_auto_paging()
    {
        var clock = new FakeTimeProvider(T0);
        await using var fake = BelticFake.CreateInMemory(new BelticFakeOptions { TimeProvider = clock });
        using var beltic = fake.CreateClient();

        var credential = await beltic.Credentials.IssueAsync(CredentialFlowTests.Agent());   // T0
        clock.Advance(TimeSpan.FromMinutes(1));
        await beltic.Credentials.VerifyAsync(credential.SignedPayload!);                      // T0 + 1 min
        clock.Advance(TimeSpan.FromMinutes(1));
        await beltic.Credentials.RevokeAsync(credential.Id, RevocationReason.Compromised);   // T0 + 2 min
        clock.Advance(TimeSpan.FromMinutes(1));
        var denied = await beltic.Credentials.VerifyAsync(credential.SignedPayload!);         // T0 + 3 min, revoked
        clock.Advance(TimeSpan.FromMinutes(1));
        var other = await beltic.Credentials.IssueAsync(CredentialFlowTests.Agent());        // T0 + 4 min
        await beltic.Credentials.DeleteAsync(other.Id);

        var pages = await beltic.Audit.Events.ListAutoPagingAsync(new() { CredentialId = credential.Id, Limit = 3 }).AsPages().ToListAsync();
        var trail = pages.SelectMany(p => p.Items).ToList();
        var all = await beltic.Audit.Events.ListAutoPagingAsync().ToListAsync();
        var verified = await beltic.Audit.Events.ListAsync(new() { CredentialId = credential.Id, EventType = AuditEventType.CredentialVerified });
        var refused = await beltic.Audit.Events.ListAsync(new() { Outcome = AuditOutcome.Denied });
        var flagged = await beltic.Audit.Events.ListAsync(new() { InterventionRequired = true });
        var window = await beltic.Audit.Events.ListAsync(new() { From = T0.AddMinutes(1), To = T0.AddMinutes(2) });

        Assert.False(denied.Valid);
        Assert.Equal(2, pages.Count);
        Assert.Equal(
            [AuditEventType.CredentialIssued, AuditEventType.CredentialVerified, AuditEventType.CredentialRevoked, AuditEventType.CredentialVerified],
            trail.Select(e => e.EventType));
        Assert.Equal([1L, 2, 3, 4], trail.Select(e => e.SeqNum!.Value));
        Assert.Equal([T0, T0.AddMinutes(1), T0.AddMinutes(2), T0.AddMinutes(3)], trail.Select(e => e.Timestamp!.Value));
        Assert.All(trail, e =>
        {
            Assert.StartsWith("aud_", e.Id);
            Assert.Equal(CredentialType.AgentAuthorization, e.CredentialType);
            Assert.Equal(SubjectType.Agent, e.SubjectType);
            Assert.Equal("api_key", e.ActorType);
            Assert.Equal("127.0.0.1", e.SourceIp);
            Assert.NotNull(e.UserAgent);
            Assert.Equal(0, e.DurationMs);
        });

        Assert.Equal(6, all.Count);
        Assert.Equal(AuditEventType.CredentialDeleted, all[^1].EventType);
        Assert.Equal(CredentialType.AgentAuthorization, all[^1].CredentialType);   // known from its issue, though the credential is gone
        Assert.Equal(2, verified.Items.Count);
        Assert.Null(verified.ContinuationToken);
        var refusal = Assert.Single(refused.Items);
        Assert.Equal("revoked", refusal.OutcomeReason);
        Assert.True(refusal.InterventionRequired);
        Assert.Equal(refusal.Id, Assert.Single(flagged.Items).Id);
        Assert.Equal([AuditEventType.CredentialVerified, AuditEventType.CredentialRevoked], window.Items.Select(e => e.EventType));
    }

    [Fact]
    public async Task A_recorded_presentation_is_201_recorded_and_joins_the_trail_with_its_references()
    {
        await using var fake = BelticFake.CreateInMemory();
        using var beltic = fake.CreateClient();
        var credential = await beltic.Credentials.IssueAsync(CredentialFlowTests.Agent());

        var result = await beltic.Audit.Events.RecordPresentationAsync(new AuditPresentationOptions(credential.Id, "stripe")
        {
            ExternalTransactionRef = "pi_123", PresentedClaims = ["permissions"], CorrelationId = "order-42",
        });
        var page = await beltic.Audit.Events.ListAsync(new() { EventType = AuditEventType.CredentialPresented });

        Assert.True(result.Recorded);
        Assert.Equal(HttpStatusCode.Created, result.RawResponse!.StatusCode);
        var presented = Assert.Single(page.Items);
        Assert.Equal(credential.Id, presented.CredentialId);
        Assert.Equal("stripe", presented.ExternalVerifierId);
        Assert.Equal("pi_123", presented.ExternalTransactionRef);
        Assert.Equal(AuditOutcome.Success, presented.Outcome);
        Assert.Equal(CredentialType.AgentAuthorization, presented.CredentialType);
        Assert.Equal("order-42", presented.AdditionalProperties!["correlation_id"].GetString());
        Assert.Equal("permissions", presented.AdditionalProperties["presented_claims"][0].GetString());
    }

    [Theory]
    [InlineData("""{"credential_id":"cred_1","external_verifier_id":"stripe"}""", "event_type")]
    [InlineData("""{"event_type":"credential.issued","credential_id":"cred_1","external_verifier_id":"stripe"}""", "event_type")]
    [InlineData("""{"event_type":"credential.presented","external_verifier_id":"stripe"}""", "credential_id")]
    [InlineData("""{"event_type":"credential.presented","credential_id":"","external_verifier_id":"stripe"}""", "credential_id")]
    [InlineData("""{"event_type":"credential.presented","credential_id":"cred_1"}""", "external_verifier_id")]
    [InlineData("""{"event_type":"credential.presented","credential_id":"cred_1","external_verifier_id":42}""", "external_verifier_id")]
    public async Task A_presentation_missing_or_with_a_wrong_required_member_is_422_in_the_plain_error_envelope(string body, string field)
    {
        await using var fake = BelticFake.CreateInMemory();
        using var http = Raw(fake);

        using var response = await http.PostAsync("v1/audit/events", new StringContent(body, Encoding.UTF8, "application/json"));
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!;

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("validation_failed", (string?)error["code"]);
        Assert.Equal(field, (string?)error["details"]!["fields"]![0]!["field"]);
        Assert.StartsWith("req_fake_", (string?)error["request_id"]);
        Assert.NotNull((string?)error["message"]);
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    [InlineData("event_type=credential.exploded", "event_type")]
    [InlineData("outcome=maybe", "outcome")]
    [InlineData("intervention_required=yes", "intervention_required")]
    [InlineData("from=yesterday", "from")]
    [InlineData("cursor=not-ours", "cursor")]
    public async Task The_list_refuses_a_bad_filter_with_422(string query, string field)
    {
        await using var fake = BelticFake.CreateInMemory();
        using var http = Raw(fake);

        using var response = await http.GetAsync("v1/audit/events?" + query);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!;

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(field, (string?)error["details"]!["fields"]![0]!["field"]);
    }

    [Fact]
    public async Task Each_audit_route_needs_its_scope()
    {
        await using var fake = BelticFake.CreateInMemory();
        fake.AddApiKey("sk_staging_audit_reader", "audit:read");
        using var reader = fake.CreateClient(o => o.ApiKey = "sk_staging_audit_reader");
        using var beltic = fake.CreateClient();

        var page = await reader.Audit.Events.ListAsync();
        var record = await Assert.ThrowsAsync<BelticForbiddenException>(() => reader.Audit.Events.RecordPresentationAsync(new AuditPresentationOptions("cred_1", "stripe")));
        var stream = await Assert.ThrowsAsync<BelticForbiddenException>(() => reader.Audit.Streams.CreateAsync(
            new AuditStreamCreateOptions(WebhookSink.AuditUrl, AuditStreamSecret.Generate())));
        var streams = await Assert.ThrowsAsync<BelticForbiddenException>(() => reader.Audit.Streams.ListAsync());

        Assert.Empty(page.Items);
        Assert.Equal("audit:write", record.MissingScope);
        Assert.Equal("audit:streams", stream.MissingScope);
        Assert.Equal("audit:streams", streams.MissingScope);
        Assert.Empty((await beltic.Audit.Streams.ListAsync()).Items);
    }

    internal static HttpClient Raw(BelticFake fake)
    {
        var http = new HttpClient(fake.CreateHandler()) { BaseAddress = fake.HostAddress };
        http.DefaultRequestHeaders.Add("X-Api-Key", fake.ApiKey);
        return http;
    }
}
