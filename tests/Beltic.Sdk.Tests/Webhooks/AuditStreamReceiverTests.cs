using System.Security.Cryptography;
using System.Text;
using Beltic.Audit;
using Beltic.Credentials;
using Beltic.Webhooks;
using Microsoft.Extensions.Time.Testing;

namespace Beltic.Sdk.Tests.Webhooks;

/// <summary>Audit-stream deliveries: <c>Beltic-Signature: sha256=hex(HMAC(secret, "ts.body"))</c>, 300 s tolerance.</summary>
public class AuditStreamReceiverTests
{
    private const string Secret = WebhookFixtures.Secret;
    private const string Timestamp = "1779359400"; // 2026-05-21T10:30:00Z
    private static readonly DateTimeOffset SignedAt = new(2026, 5, 21, 10, 30, 0, TimeSpan.Zero);

    private static readonly byte[] Body = Encoding.UTF8.GetBytes(
        """{"id":"evt_01HQ8A","event_type":"credential.revoked","credential_id":"cred_1","outcome":"success","timestamp":"2026-05-21T10:30:00Z"}""");

    // Computed outside .NET (Python hmac/hashlib) for exactly these bytes, secret and timestamp.
    private const string ExpectedHex = "62e3cf936336281b9917cf0b5f0f98f4fc8281394108168f266b1b8e29301e76";

    private static FakeTimeProvider Clock(TimeSpan offset = default) => new(SignedAt + offset);

    private static Dictionary<string, string> Headers(string signature = "sha256=" + ExpectedHex, string timestamp = Timestamp)
        => new() { ["Beltic-Signature"] = signature, ["Beltic-Timestamp"] = timestamp, ["Content-Type"] = "application/json" };

    private static WebhookSignatureException Refused(byte[] body, WebhookHeaders headers, string[] secrets, FakeTimeProvider? clock = null, TimeSpan? tolerance = null)
        => Assert.Throws<WebhookSignatureException>(() => WebhookReceiver.ConstructAuditStreamEvent(body, headers, secrets, tolerance, clock ?? Clock()));

    [Fact]
    public void An_independent_vector_verifies_and_parses_to_a_typed_audit_event()
    {
        var evt = WebhookReceiver.ConstructAuditStreamEvent(Body, Headers(), [Secret], timeProvider: Clock());

        var audit = Assert.IsType<AuditStreamEvent>(evt);
        Assert.Equal("evt_01HQ8A", audit.Id);
        Assert.Equal("credential.revoked", audit.Type);
        Assert.Equal(AuditEventType.CredentialRevoked, audit.EventType);
        Assert.Equal("cred_1", audit.Event.CredentialId);
        Assert.Equal(AuditOutcome.Success, audit.Event.Outcome);
        Assert.Equal(SignedAt, audit.Event.Timestamp);
        Assert.Equal("cred_1", audit.Raw.GetProperty("credential_id").GetString());
    }

    [Fact]
    public void The_signer_produces_the_independent_vector_and_a_hand_computed_hmac()
    {
        var headers = WebhookSigner.SignAuditStream(Body, Secret, SignedAt);

        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(Secret));
        var byHand = hmac.ComputeHash([.. Encoding.ASCII.GetBytes(Timestamp + "."), .. Body]);
        Assert.Equal(Timestamp, headers["Beltic-Timestamp"]);
        Assert.Equal("sha256=" + ExpectedHex, headers["Beltic-Signature"]);
        Assert.Equal("sha256=" + string.Concat(byHand.Select(b => b.ToString("x2"))), headers["Beltic-Signature"]);
    }

    [Fact]
    public void A_signed_delivery_round_trips_through_the_signer_and_the_receiver()
    {
        var secret = AuditStreamSecret.Generate();
        var now = SignedAt.AddDays(3);

        var headers = WebhookSigner.SignAuditStream(Body, secret, now);
        var evt = WebhookReceiver.ConstructAuditStreamEvent(Body, WebhookHeaders.From(headers), [secret], timeProvider: new FakeTimeProvider(now));

        Assert.IsType<AuditStreamEvent>(evt);
    }

    [Fact]
    public void A_tampered_body_matches_no_secret()
    {
        var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Body).Replace("revoked", "issued", StringComparison.Ordinal));
        var spaced = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Body).Replace(",", ", ", StringComparison.Ordinal)); // same JSON, other bytes

        Assert.Equal(WebhookSignatureFailure.NoMatchingSecret, Refused(tampered, Headers(), [Secret]).Reason);
        Assert.Equal(WebhookSignatureFailure.NoMatchingSecret, Refused(spaced, Headers(), [Secret]).Reason);
    }

    [Fact]
    public void A_wrong_secret_matches_nothing_and_the_message_leaks_neither_secret_nor_signature()
    {
        var ex = Refused(Body, Headers(), ["whsec_wrong_secret_0000000000000000"]);

        Assert.Equal(WebhookSignatureFailure.NoMatchingSecret, ex.Reason);
        Assert.Equal("Beltic-Signature", ex.HeaderName);
        Assert.DoesNotContain("whsec_", ex.Message);
        Assert.DoesNotContain(ExpectedHex, ex.Message);
        Assert.IsAssignableFrom<BelticException>(ex);
    }

    [Fact]
    public void During_a_rotation_the_second_secret_may_match()
    {
        var evt = WebhookReceiver.ConstructAuditStreamEvent(Body, Headers(), ["whsec_new_secret_not_yet_used_000000", Secret], timeProvider: Clock());

        Assert.IsType<AuditStreamEvent>(evt);
    }

    [Fact]
    public void A_header_with_several_signatures_verifies_when_one_matches()
    {
        var other = new string('a', 64);

        var evt = WebhookReceiver.ConstructAuditStreamEvent(Body, Headers($"sha256={other}, sha256={ExpectedHex}"), [Secret], timeProvider: Clock());
        var ignored = WebhookReceiver.ConstructAuditStreamEvent(Body, Headers($"v0=zzz,sha256={ExpectedHex.ToUpperInvariant()}"), [Secret], timeProvider: Clock());

        Assert.IsType<AuditStreamEvent>(evt);
        Assert.IsType<AuditStreamEvent>(ignored);
    }

    [Theory]
    [InlineData(-300, true)]
    [InlineData(-301, false)]
    [InlineData(300, true)]
    [InlineData(301, false)]
    [InlineData(0, true)]
    public void The_timestamp_may_be_at_most_300_seconds_away_either_way(int secondsFromNow, bool accepted)
    {
        // The clock is moved, not the timestamp, so the signature stays the independent vector.
        var clock = Clock(TimeSpan.FromSeconds(-secondsFromNow));

        if (accepted)
        {
            Assert.IsType<AuditStreamEvent>(WebhookReceiver.ConstructAuditStreamEvent(Body, Headers(), [Secret], timeProvider: clock));
        }
        else
        {
            var ex = Refused(Body, Headers(), [Secret], clock);
            Assert.Equal(WebhookSignatureFailure.TimestampOutOfTolerance, ex.Reason);
            Assert.Equal("Beltic-Timestamp", ex.HeaderName);
            Assert.Contains(secondsFromNow > 0 ? "in the future" : "ago", ex.Message);
        }
    }

    [Theory]
    [InlineData("999999999999")]
    [InlineData("0")]
    public void Timestamps_at_the_edges_of_the_calendar_are_out_of_tolerance_not_a_crash(string timestamp)
    {
        Assert.Equal(WebhookSignatureFailure.TimestampOutOfTolerance, Refused(Body, Headers(timestamp: timestamp), [Secret]).Reason);
    }

    [Fact]
    public void The_tolerance_can_be_changed_and_must_be_positive()
    {
        var clock = Clock(TimeSpan.FromSeconds(61));

        Assert.Equal(WebhookSignatureFailure.TimestampOutOfTolerance, Refused(Body, Headers(), [Secret], clock, TimeSpan.FromSeconds(60)).Reason);
        Assert.IsType<AuditStreamEvent>(WebhookReceiver.ConstructAuditStreamEvent(Body, Headers(), [Secret], TimeSpan.FromMinutes(2), clock));
        Assert.Throws<ArgumentOutOfRangeException>(() => WebhookReceiver.VerifyAuditStream(Body, Headers(), [Secret], TimeSpan.Zero, clock));
    }

    [Fact]
    public void A_stale_delivery_is_refused_even_with_a_valid_signature()
    {
        var old = SignedAt.AddHours(-1);
        var headers = WebhookSigner.SignAuditStream(Body, Secret, old);

        Assert.Equal(WebhookSignatureFailure.TimestampOutOfTolerance, Refused(Body, WebhookHeaders.From(headers), [Secret]).Reason);
    }

    [Theory]
    [InlineData("Beltic-Signature")]
    [InlineData("Beltic-Timestamp")]
    public void A_missing_header_is_named(string missing)
    {
        var headers = Headers();
        headers.Remove(missing);

        var ex = Refused(Body, headers, [Secret]);

        Assert.Equal(WebhookSignatureFailure.MissingHeader, ex.Reason);
        Assert.Equal(missing, ex.HeaderName);
        Assert.Contains(missing, ex.Message);
    }

    [Theory]
    [InlineData("sha256=" + "xyz", Timestamp, "Beltic-Signature")]
    [InlineData("sha256=" + "abcd", Timestamp, "Beltic-Signature")]
    [InlineData(ExpectedHex, Timestamp, "Beltic-Signature")]
    [InlineData("sha512=" + ExpectedHex, Timestamp, "Beltic-Signature")]
    [InlineData("sha256=" + ExpectedHex, "2026-05-21T10:30:00Z", "Beltic-Timestamp")]
    [InlineData("sha256=" + ExpectedHex, "1779359400000000", "Beltic-Timestamp")]
    [InlineData("sha256=" + ExpectedHex, "-1", "Beltic-Timestamp")]
    public void An_unreadable_header_is_a_bad_encoding(string signature, string timestamp, string header)
    {
        var ex = Refused(Body, Headers(signature, timestamp), [Secret]);

        Assert.Equal(WebhookSignatureFailure.InvalidHeader, ex.Reason);
        Assert.Equal(header, ex.HeaderName);
    }

    [Fact]
    public void Header_names_are_case_insensitive_and_multi_valued_collections_work()
    {
        var lower = new Dictionary<string, string> { ["beltic-signature"] = "sha256=" + ExpectedHex, ["beltic-timestamp"] = Timestamp };
        var multi = new Dictionary<string, string[]> { ["Beltic-Signature"] = ["sha256=" + new string('0', 64), "sha256=" + ExpectedHex], ["Beltic-Timestamp"] = [Timestamp] };
        using var message = new HttpRequestMessage();
        message.Headers.TryAddWithoutValidation("Beltic-Signature", "sha256=" + ExpectedHex);
        message.Headers.TryAddWithoutValidation("Beltic-Timestamp", Timestamp);

        Assert.IsType<AuditStreamEvent>(WebhookReceiver.ConstructAuditStreamEvent(Body, lower, [Secret], timeProvider: Clock()));
        Assert.IsType<AuditStreamEvent>(WebhookReceiver.ConstructAuditStreamEvent(Body, WebhookHeaders.From(multi), [Secret], timeProvider: Clock()));
        Assert.IsType<AuditStreamEvent>(WebhookReceiver.ConstructAuditStreamEvent(Body, WebhookHeaders.From(message.Headers), [Secret], timeProvider: Clock()));
        Assert.Null(WebhookHeaders.From(lower)["X-Webhook-Signature"]);
    }

    [Fact]
    public void Two_timestamps_are_ambiguous_and_refused()
    {
        var pairs = new[]
        {
            KeyValuePair.Create("Beltic-Signature", "sha256=" + ExpectedHex),
            KeyValuePair.Create("Beltic-Timestamp", Timestamp),
            KeyValuePair.Create("Beltic-Timestamp", "1779359401"),
        };

        Assert.Equal(WebhookSignatureFailure.InvalidHeader, Refused(Body, WebhookHeaders.From(pairs), [Secret]).Reason);
    }

    [Fact]
    public void No_secret_or_an_empty_one_is_a_programming_error_not_a_refusal()
    {
        Assert.Throws<ArgumentException>(() => WebhookReceiver.VerifyAuditStream(Body, Headers(), [], null, Clock()));
        Assert.Throws<ArgumentException>(() => WebhookReceiver.VerifyAuditStream(Body, Headers(), [Secret, ""], null, Clock()));
        Assert.Throws<ArgumentNullException>(() => WebhookReceiver.VerifyAuditStream(Body, Headers(), null!, null, Clock()));
    }

    [Theory]
    [InlineData("credential.issued")]
    [InlineData("credential.verified")]
    [InlineData("credential.revoked")]
    [InlineData("credential.deleted")]
    [InlineData("credential.presented")]
    [InlineData("credential.presentation_accepted")]
    [InlineData("credential.presentation_rejected")]
    [InlineData("credential.suspended")]
    [InlineData("credential.reactivated")]
    [InlineData("credential.batch_completed")]
    public void Every_documented_event_type_parses_as_an_audit_event(string type)
    {
        var body = Encoding.UTF8.GetBytes($$"""{"id":"evt_1","event_type":"{{type}}","credential_type":"business","subject_type":"organisation","intervention_required":false}""");

        var evt = WebhookReceiver.ConstructAuditStreamEvent(body, WebhookHeaders.From(WebhookSigner.SignAuditStream(body, Secret, SignedAt)), [Secret], timeProvider: Clock());

        var audit = Assert.IsType<AuditStreamEvent>(evt);
        Assert.Equal(new AuditEventType(type), audit.EventType);
        Assert.True(audit.EventType.IsKnown);
        Assert.Equal(CredentialType.Business, audit.Event.CredentialType);
        Assert.Equal(SubjectType.Organisation, audit.Event.SubjectType);
    }

    [Fact]
    public void A_batch_completed_event_keeps_the_job_fields()
    {
        var body = Encoding.UTF8.GetBytes("""{"id":"evt_9","event_type":"credential.batch_completed","job_id":"job_01HQ7Q","status":"completed","succeeded":2,"failed":0}""");

        var evt = WebhookReceiver.ConstructAuditStreamEvent(body, WebhookHeaders.From(WebhookSigner.SignAuditStream(body, Secret, SignedAt)), [Secret], timeProvider: Clock());

        var audit = Assert.IsType<AuditStreamEvent>(evt);
        Assert.Equal(AuditEventType.CredentialBatchCompleted, audit.EventType);
        Assert.Equal("job_01HQ7Q", audit.Event.AdditionalProperties!["job_id"].GetString());
        Assert.Equal(2, audit.Event.AdditionalProperties["succeeded"].GetInt32());
    }

    [Fact]
    public void An_unknown_event_type_is_a_generic_event_with_its_raw_json()
    {
        var body = Encoding.UTF8.GetBytes("""{"id":"evt_7","event_type":"credential.transferred","to":"org_2"}""");

        var evt = WebhookReceiver.ConstructAuditStreamEvent(body, WebhookHeaders.From(WebhookSigner.SignAuditStream(body, Secret, SignedAt)), [Secret], timeProvider: Clock());

        var unknown = Assert.IsType<UnknownWebhookEvent>(evt);
        Assert.Equal("evt_7", unknown.Id);
        Assert.Equal("credential.transferred", unknown.Type);
        Assert.Equal("org_2", unknown.Raw.GetProperty("to").GetString());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("""{"a":1} {"b":2}""")]
    [InlineData("""{"id":"evt_1","event_type":"credential.issued","seq_num":{"x":1}}""")]
    public void A_validly_signed_body_that_is_not_a_usable_event_is_an_invalid_payload(string text)
    {
        var body = Encoding.UTF8.GetBytes(text);

        var ex = Refused(body, WebhookHeaders.From(WebhookSigner.SignAuditStream(body, Secret, SignedAt)), [Secret]);

        Assert.Equal(WebhookSignatureFailure.InvalidPayload, ex.Reason);
    }

    [Fact]
    public void An_unsigned_body_is_never_parsed()
    {
        // Not JSON at all, and unsigned: the signature check fails first, so the reason is the signature, not the payload.
        var ex = Refused("not json"u8.ToArray(), Headers(), [Secret]);

        Assert.Equal(WebhookSignatureFailure.NoMatchingSecret, ex.Reason);
    }
}
