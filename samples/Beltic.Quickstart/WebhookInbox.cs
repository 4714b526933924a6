using System.Net;
using System.Threading.Channels;
using Beltic.Audit;
using Beltic.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Beltic.Quickstart;

/// <summary>
/// Your webhook endpoint, as in the README: an ASP.NET Core minimal API that verifies each audit-stream delivery on its
/// raw body with <see cref="WebhookReceiver"/> and answers 400 to anything unsigned. Listens on 127.0.0.1.
/// </summary>
internal sealed class WebhookInbox : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<AuditStreamEvent> _received = Channel.CreateUnbounded<AuditStreamEvent>();

    private WebhookInbox(WebApplication app) => _app = app;

    /// <summary>The shared secret you give Beltic when you create the stream (384 random bits).</summary>
    public string Secret { get; } = AuditStreamSecret.Generate();

    public Uri Url { get; private set; } = null!;

    public static async Task<WebhookInbox> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var inbox = new WebhookInbox(builder.Build());
        inbox._app.MapPost("/webhooks/beltic/audit", inbox.ReceiveAsync);
        await inbox._app.StartAsync();
        var address = inbox._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        inbox.Url = new Uri(address.TrimEnd('/') + "/webhooks/beltic/audit");
        return inbox;
    }

    /// <summary>The next verified event of a type, or null when none arrives in time.</summary>
    public async Task<AuditStreamEvent?> WaitForAsync(AuditEventType type, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                var evt = await _received.Reader.ReadAsync(cts.Token);
                if (evt.EventType == type)
                {
                    return evt;
                }
            }
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> ReceiveAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);   // the raw bytes, exactly as signed
        try
        {
            if (WebhookReceiver.ConstructAuditStreamEvent(buffer.ToArray(), WebhookHeaders.From(request.Headers), [Secret]) is AuditStreamEvent evt)
            {
                _received.Writer.TryWrite(evt);
            }

            return Results.Ok();
        }
        catch (WebhookSignatureException ex)
        {
            return Results.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest, title: ex.Reason.ToString());
        }
    }
}
