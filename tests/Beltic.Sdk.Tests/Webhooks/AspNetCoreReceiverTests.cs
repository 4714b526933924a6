using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Beltic.Audit;
using Beltic.Identity;
using Beltic.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Time.Testing;

namespace Beltic.Sdk.Tests.Webhooks;

/// <summary>
/// Signed deliveries posted to a real in-process ASP.NET Core minimal-API app (TestServer). The two endpoints are the
/// code the README shows: read the raw body bytes, verify, then act.
/// </summary>
public sealed class AspNetCoreReceiverTests : IAsyncDisposable
{
    private const string AuditSecret = "stream_secret_0123456789abcdefghijklmnop";
    private static readonly DateTimeOffset Now = new(2026, 5, 21, 10, 30, 0, TimeSpan.Zero);

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<WebhookEvent> _received = new();

    public AspNetCoreReceiverTests()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        _app = builder.Build();
        var clock = new FakeTimeProvider(Now);

        // --- the README's endpoint code ---
        _app.MapPost("/webhooks/beltic/audit", async (HttpRequest request, CancellationToken cancellationToken) =>
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, cancellationToken);   // the raw bytes, exactly as signed
            try
            {
                var evt = WebhookReceiver.ConstructAuditStreamEvent(
                    buffer.ToArray(), WebhookHeaders.From(request.Headers), [AuditSecret], timeProvider: clock);
                if (evt is AuditStreamEvent { EventType: var type } audit && type == AuditEventType.CredentialRevoked)
                {
                    _received.Enqueue(audit);                             // e.g. stop honouring audit.Event.CredentialId
                }
                else
                {
                    _received.Enqueue(evt);
                }

                return Results.Ok();
            }
            catch (WebhookSignatureException ex)
            {
                return Results.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest, title: ex.Reason.ToString());
            }
        });

        _app.MapPost("/webhooks/beltic/documents", async (HttpRequest request, CancellationToken cancellationToken) =>
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, cancellationToken);
            try
            {
                var evt = WebhookReceiver.ConstructDocumentEvent(
                    buffer.ToArray(), WebhookHeaders.From(request.Headers), [WebhookFixtures.Secret], expectedToken: "tok_1");
                _received.Enqueue(evt);
                return Results.Ok();
            }
            catch (WebhookSignatureException ex)
            {
                return Results.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest, title: ex.Reason.ToString());
            }
        });
        // --- end ---

        _app.StartAsync().GetAwaiter().GetResult();
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task<HttpResponseMessage> PostAsync(string path, byte[] body, IReadOnlyDictionary<string, string> headers)
    {
        using var client = _app.GetTestClient();
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await client.SendAsync(request);
    }

    [Fact]
    public async Task A_signed_audit_stream_delivery_is_accepted_and_typed()
    {
        var body = Encoding.UTF8.GetBytes("""{"id":"evt_1","event_type":"credential.revoked","credential_id":"cred_42","outcome":"success"}""");

        using var response = await PostAsync("/webhooks/beltic/audit", body, WebhookSigner.SignAuditStream(body, AuditSecret, Now));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var audit = Assert.IsType<AuditStreamEvent>(Assert.Single(_received));
        Assert.Equal("cred_42", audit.Event.CredentialId);
    }

    [Fact]
    public async Task A_tampered_or_stale_audit_delivery_gets_400_naming_the_failed_check()
    {
        var body = Encoding.UTF8.GetBytes("""{"id":"evt_1","event_type":"credential.revoked","credential_id":"cred_42"}""");
        var headers = WebhookSigner.SignAuditStream(body, AuditSecret, Now);
        var tampered = Encoding.UTF8.GetBytes("""{"id":"evt_1","event_type":"credential.revoked","credential_id":"cred_43"}""");

        using var forged = await PostAsync("/webhooks/beltic/audit", tampered, headers);
        using var stale = await PostAsync("/webhooks/beltic/audit", body, WebhookSigner.SignAuditStream(body, AuditSecret, Now.AddMinutes(-6)));
        using var unsigned = await PostAsync("/webhooks/beltic/audit", body, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains(nameof(WebhookSignatureFailure.NoMatchingSecret), await forged.Content.ReadAsStringAsync());
        Assert.Contains(nameof(WebhookSignatureFailure.TimestampOutOfTolerance), await stale.Content.ReadAsStringAsync());
        Assert.Contains(nameof(WebhookSignatureFailure.MissingHeader), await unsigned.Content.ReadAsStringAsync());
        Assert.Empty(_received);
    }

    [Fact]
    public async Task A_signed_document_webhook_is_accepted_in_base64_and_a_wrong_token_is_refused()
    {
        var body = Encoding.UTF8.GetBytes("""{"data":{"type":"document","id":"doc_7","attributes":{"status":"processed"}}}""");

        using var ok = await PostAsync("/webhooks/beltic/documents", body, WebhookSigner.SignDocumentWebhook(body, WebhookFixtures.Secret, "tok_1", WebhookSignatureEncoding.Base64));
        using var wrongToken = await PostAsync("/webhooks/beltic/documents", body, WebhookSigner.SignDocumentWebhook(body, WebhookFixtures.Secret, "tok_2"));

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var change = Assert.IsType<DocumentStatusChangedEvent>(Assert.Single(_received));
        Assert.Equal(("doc_7", DocumentStatus.Processed), (change.ResourceId, change.Status));
        Assert.Equal(HttpStatusCode.BadRequest, wrongToken.StatusCode);
        Assert.Contains(nameof(WebhookSignatureFailure.TokenMismatch), await wrongToken.Content.ReadAsStringAsync());
    }
}
