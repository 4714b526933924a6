using System.Security.Cryptography;
using System.Text;
using Beltic.Identity;
using Beltic.Webhooks;

namespace Beltic.Sdk.Tests.Webhooks;

/// <summary>Document webhooks: <c>X-Webhook-Signature</c> = HMAC-SHA256(secret, raw body), hex or base64, plus <c>X-Webhook-Token</c>.</summary>
public class DocumentWebhookReceiverTests
{
    private const string Secret = WebhookFixtures.Secret;
    private const string Token = "tok_3c90c3cc";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"data":{"type":"document","id":"doc_01HQ","attributes":{"status":"processed"}}}""");

    // Computed outside .NET (Python hmac/hashlib) for exactly these bytes and secret.
    private const string ExpectedHex = "4bd83774cf4976865953977db6ad36209262b11032b5b1072e2dd36a4ed89d15";
    private const string ExpectedBase64 = "S9g3dM9JdoZZU5d9tq02IJJisRAytbEHLi3Tak7YnRU=";

    private static Dictionary<string, string> Headers(string signature = ExpectedHex, string? token = Token)
    {
        var headers = new Dictionary<string, string> { ["X-Webhook-Signature"] = signature };
        if (token is not null)
        {
            headers["X-Webhook-Token"] = token;
        }

        return headers;
    }

    private static WebhookSignatureException Refused(byte[] body, WebhookHeaders headers, string[] secrets, string? token = Token)
        => Assert.Throws<WebhookSignatureException>(() => WebhookReceiver.ConstructDocumentEvent(body, headers, secrets, token));

    [Theory]
    [InlineData(ExpectedHex)]
    [InlineData("4BD83774CF4976865953977DB6AD36209262B11032B5B1072E2DD36A4ED89D15")]
    [InlineData(ExpectedBase64)]
    [InlineData("S9g3dM9JdoZZU5d9tq02IJJisRAytbEHLi3Tak7YnRU")]
    [InlineData("sha256=" + ExpectedHex)]
    public void Hex_and_base64_signatures_of_the_independent_vector_verify(string signature)
    {
        var evt = WebhookReceiver.ConstructDocumentEvent(Body, Headers(signature), [Secret], Token);

        var change = Assert.IsType<DocumentStatusChangedEvent>(evt);
        Assert.Equal("document", change.ResourceType);
        Assert.Equal("doc_01HQ", change.ResourceId);
        Assert.Equal(DocumentStatus.Processed, change.Status);
        Assert.Null(change.PreviousStatus);
    }

    [Fact]
    public void The_signer_matches_the_vector_in_both_encodings_and_a_hand_computed_hmac()
    {
        var hex = WebhookSigner.SignDocumentWebhook(Body, Secret, Token);
        var b64 = WebhookSigner.SignDocumentWebhook(Body, Secret, encoding: WebhookSignatureEncoding.Base64);

        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(Secret));
        Assert.Equal(ExpectedHex, hex["X-Webhook-Signature"]);
        Assert.Equal(Token, hex["X-Webhook-Token"]);
        Assert.Equal(ExpectedBase64, b64["X-Webhook-Signature"]);
        Assert.False(b64.ContainsKey("X-Webhook-Token"));
        Assert.Equal(Convert.ToBase64String(hmac.ComputeHash(Body)), b64["X-Webhook-Signature"]);
    }

    [Fact]
    public void A_tampered_body_or_a_wrong_secret_is_refused()
    {
        var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Body).Replace("processed", "failed", StringComparison.Ordinal));

        Assert.Equal(WebhookSignatureFailure.NoMatchingSecret, Refused(tampered, Headers(), [Secret]).Reason);
        Assert.Equal(WebhookSignatureFailure.NoMatchingSecret, Refused(Body, Headers(ExpectedBase64), ["whsec_other"]).Reason);
    }

    [Fact]
    public void Rotated_secrets_are_tried_in_turn()
    {
        Assert.IsType<DocumentStatusChangedEvent>(WebhookReceiver.ConstructDocumentEvent(Body, Headers(), ["whsec_new_one", Secret], Token));
    }

    [Fact]
    public void The_token_must_be_sent_and_equal_when_one_is_expected()
    {
        var missing = Refused(Body, Headers(token: null), [Secret]);
        var wrong = Refused(Body, Headers(token: "tok_other"), [Secret]);
        var notChecked = WebhookReceiver.ConstructDocumentEvent(Body, Headers(token: null), [Secret], expectedToken: null);

        Assert.Equal(WebhookSignatureFailure.MissingHeader, missing.Reason);
        Assert.Equal("X-Webhook-Token", missing.HeaderName);
        Assert.Equal(WebhookSignatureFailure.TokenMismatch, wrong.Reason);
        Assert.DoesNotContain("tok_", wrong.Message);
        Assert.IsType<DocumentStatusChangedEvent>(notChecked);
        Assert.Throws<ArgumentException>(() => WebhookReceiver.VerifyDocument(Body, Headers(), [Secret], ""));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void A_missing_signature_is_named(string? signature)
    {
        var headers = signature is null ? new Dictionary<string, string> { ["X-Webhook-Token"] = Token } : Headers(signature);

        var ex = Refused(Body, headers, [Secret]);

        Assert.Equal(WebhookSignatureFailure.MissingHeader, ex.Reason);
        Assert.Equal("X-Webhook-Signature", ex.HeaderName);
    }

    [Theory]
    [InlineData("not-a-signature")]
    [InlineData("4bd83774cf49")]
    [InlineData("S9g3dM9JdoZZU5d9tq02IJJisRAytbEHLi3Tak7Y")]
    [InlineData("zz" + "d83774cf4976865953977db6ad36209262b11032b5b1072e2dd36a4ed89d15")]
    public void A_signature_that_is_neither_hex_nor_base64_is_a_bad_encoding(string signature)
    {
        var ex = Refused(Body, Headers(signature), [Secret]);

        Assert.Equal(WebhookSignatureFailure.InvalidHeader, ex.Reason);
        Assert.Equal("X-Webhook-Signature", ex.HeaderName);
    }

    [Fact]
    public void A_flat_payload_with_previous_status_and_an_event_name_is_read()
    {
        var body = Encoding.UTF8.GetBytes("""{"event":"document.status_changed","event_id":"whe_1","resource_type":"document","resource_id":"doc_9","status":"failed","previous_status":"processing"}""");

        var evt = WebhookReceiver.ConstructDocumentEvent(body, WebhookHeaders.From(WebhookSigner.SignDocumentWebhook(body, Secret)), [Secret]);

        var change = Assert.IsType<DocumentStatusChangedEvent>(evt);
        Assert.Equal("whe_1", change.Id);
        Assert.Equal("document.status_changed", change.Type);
        Assert.Equal("doc_9", change.ResourceId);
        Assert.Equal(DocumentStatus.Failed, change.Status);
        Assert.Equal(DocumentStatus.Processing, change.PreviousStatus);
    }

    [Fact]
    public void A_json_api_envelope_with_meta_names_the_event_and_keeps_everything_raw()
    {
        var body = Encoding.UTF8.GetBytes("""
            {"type":"document.status_changed","id":"whe_2","data":{"type":"document","id":"doc_5","attributes":{"status":"quarantined","previous_status":"submitted","extracted_data":{"iban":"GB00"}}},"meta":{"occurred_at":"2026-05-21T10:30:00Z"}}
            """);

        var evt = WebhookReceiver.ConstructDocumentEvent(body, WebhookHeaders.From(WebhookSigner.SignDocumentWebhook(body, Secret)), [Secret]);

        var change = Assert.IsType<DocumentStatusChangedEvent>(evt);
        Assert.Equal("whe_2", change.Id);
        Assert.Equal("document.status_changed", change.Type);
        Assert.Equal("quarantined", change.Status.Value); // a status the SDK does not know is kept
        Assert.Equal(DocumentStatus.Submitted, change.PreviousStatus);
        Assert.Equal("GB00", change.Raw.GetProperty("data").GetProperty("attributes").GetProperty("extracted_data").GetProperty("iban").GetString());
    }

    [Fact]
    public void A_payload_without_a_resource_and_status_is_a_generic_event()
    {
        var body = Encoding.UTF8.GetBytes("""{"event":"webhook.test","message":"ping"}""");

        var evt = WebhookReceiver.ConstructDocumentEvent(body, WebhookHeaders.From(WebhookSigner.SignDocumentWebhook(body, Secret)), [Secret]);

        var unknown = Assert.IsType<UnknownWebhookEvent>(evt);
        Assert.Equal("webhook.test", unknown.Type);
        Assert.Equal("ping", unknown.Raw.GetProperty("message").GetString());
    }
}
