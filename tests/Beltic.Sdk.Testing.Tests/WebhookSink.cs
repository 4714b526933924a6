using System.Collections.Concurrent;
using System.Net;
using Beltic.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace Beltic.Sdk.Testing.Tests;

/// <summary>
/// A receiving application, in memory (ASP.NET Core TestServer): <c>POST /audit</c> and <c>POST /documents</c> verify
/// what arrives with the SDK's <see cref="WebhookReceiver"/>, as a user's endpoint would, and answer 200 — or 400 when
/// verification fails, or a scripted status first (to test retries). The fake reaches it through
/// <c>BelticFakeOptions.DeliveryHandler = sink.CreateHandler()</c>.
/// </summary>
internal sealed class WebhookSink : IAsyncDisposable
{
    public static readonly Uri AuditUrl = new("http://localhost/audit");
    public static readonly Uri DocumentsUrl = new("http://localhost/documents");

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<int> _script = new();
    private int _received;

    private WebhookSink(bool network)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        if (network)
        {
            builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        }
        else
        {
            builder.WebHost.UseTestServer();
        }

        _app = builder.Build();
        _app.MapPost("/audit", context => ReceiveAsync(context, body =>
            WebhookReceiver.ConstructAuditStreamEvent(body, WebhookHeaders.From(context.Request.Headers), [AuditSecret!], timeProvider: Time)));
        _app.MapPost("/documents", context => ReceiveAsync(context, body =>
            WebhookReceiver.ConstructDocumentEvent(body, WebhookHeaders.From(context.Request.Headers), [DocumentSecret!], DocumentToken)));
    }

    /// <summary>The audit stream's secret the endpoint verifies with.</summary>
    public string? AuditSecret { get; set; }

    /// <summary>The webhook secret (from the create answer) the endpoint verifies with.</summary>
    public string? DocumentSecret { get; set; }

    /// <summary>The token the document endpoint expects, or null to skip that check.</summary>
    public string? DocumentToken { get; set; }

    /// <summary>The receiver's clock (for the audit timestamp tolerance).</summary>
    public TimeProvider Time { get; set; } = TimeProvider.System;

    /// <summary>Verified events, in arrival order.</summary>
    public ConcurrentQueue<WebhookEvent> Verified { get; } = new();

    /// <summary>Why deliveries were refused.</summary>
    public ConcurrentQueue<WebhookSignatureFailure> Rejected { get; } = new();

    /// <summary>How many POSTs arrived.</summary>
    public int Received => Volatile.Read(ref _received);

    /// <summary>The root the endpoints listen on: <c>http://localhost/</c> in memory, <c>http://127.0.0.1:port/</c> on the network.</summary>
    public Uri Root { get; private set; } = new("http://localhost/");

    /// <summary>Starts the sink in memory (reach it with <see cref="CreateHandler"/>) or on a free loopback port.</summary>
    public static async Task<WebhookSink> StartAsync(bool network = false)
    {
        var sink = new WebhookSink(network);
        await sink._app.StartAsync();
        if (network)
        {
            sink.Root = new Uri(sink._app.Urls.First().TrimEnd('/') + "/");
        }

        return sink;
    }

    /// <summary>The next POSTs are answered with these statuses, without looking at them.</summary>
    public void AnswerNext(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _script.Enqueue(status);
        }
    }

    public HttpMessageHandler CreateHandler() => _app.GetTestServer().CreateHandler();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task ReceiveAsync(HttpContext context, Func<byte[], WebhookEvent> construct)
    {
        Interlocked.Increment(ref _received);
        if (_script.TryDequeue(out var scripted))
        {
            context.Response.StatusCode = scripted;
            return;
        }

        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        try
        {
            Verified.Enqueue(construct(buffer.ToArray()));
            context.Response.StatusCode = 200;
        }
        catch (WebhookSignatureException ex)
        {
            Rejected.Enqueue(ex.Reason);
            context.Response.StatusCode = 400;
        }
    }
}
