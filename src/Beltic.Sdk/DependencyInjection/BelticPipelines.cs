using Beltic.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Beltic.DependencyInjection;

/// <summary>
/// Builds the four IHttpClientFactory pipelines of one configured client. Outermost first: telemetry and idempotency
/// key with body buffering (once per call) → the retry loop with the total and attempt timeouts → API key (keyed
/// pipeline only) → User-Agent → per-attempt logging. Upload: no idempotency, no key, no base address, no attempt timeout.
/// </summary>
internal static class BelticPipelines
{
    public static void Add(IServiceCollection services, BelticPipeline pipeline, string name)
    {
        var clientName = BelticHttpClientNames.For(pipeline, name);
        var http = services.AddHttpClient(clientName, (sp, client) =>
            {
                var o = sp.GetRequiredService<IOptionsMonitor<BelticClientOptions>>().Get(name);
                client.BaseAddress = pipeline switch
                {
                    BelticPipeline.HostRoot => o.GetWellKnownBaseAddress(),
                    BelticPipeline.Upload => null,
                    _ => o.BaseAddress,
                };

                // The retry handler owns every timeout (dotnet/extensions#4770).
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            // An app-wide ConfigureHttpClientDefaults(b => b.AddStandardResilienceHandler()) must not stack a second
            // retry loop on ours (dotnet/extensions#4814): this is what the SDK still takes from Http.Resilience.
            .RemoveAllResilienceHandlers();

        // One span and one duration per logical call, around everything else.
        http.AddHttpMessageHandler(static sp => new TelemetryHandler(sp.GetRequiredService<TimeProvider>()));
        if (pipeline != BelticPipeline.Upload)
        {
            http.AddHttpMessageHandler(static () => new IdempotencyHandler());
        }

        var attemptTimeout = pipeline != BelticPipeline.Upload;
        http.AddHttpMessageHandler(sp => CreateRetryHandler(sp, name, attemptTimeout));
        if (pipeline == BelticPipeline.Api)
        {
            http.AddHttpMessageHandler(sp =>
            {
                var options = sp.GetRequiredService<IOptionsMonitor<BelticClientOptions>>();
                return new ApiKeyHandler(() => options.Get(name).ApiKey);
            });
        }

        http.AddHttpMessageHandler(sp => new UserAgentHandler(() => sp.GetRequiredService<IOptionsMonitor<BelticClientOptions>>().Get(name).ApplicationId))
            .AddHttpMessageHandler(static sp => new LoggingHandler(Logger(sp), sp.GetRequiredService<TimeProvider>()))
            // The SDK logs each attempt itself (path only): IHttpClientFactory's two logging handlers would repeat it,
            // cost time on every call, and could print headers (the API key) or a presigned URL's signature.
            .RemoveAllLoggers();
    }

    private static ILogger Logger(IServiceProvider sp)
        => sp.GetService<ILoggerFactory>()?.CreateLogger<BelticClient>() ?? NullLogger<BelticClient>.Instance;

    private static RetryHandler CreateRetryHandler(IServiceProvider sp, string name, bool attemptTimeout)
    {
        var o = sp.GetRequiredService<IOptionsMonitor<BelticClientOptions>>().Get(name);
        var settings = new RetrySettings(o.MaxRetries, o.MaxRetryAfter, o.Timeout, attemptTimeout ? o.AttemptTimeout : null, o.ApiKey, o.RateLimitQueueLimit);

        // Client-side rate limiting (opt-in) happens inside the retry loop: every attempt takes a permit, and a queue
        // wait counts against the call's total time, not one attempt's.
        var limiters = o.ClientSideRateLimiting ? sp.GetService<ClientRateLimiters>() : null;
        return new RetryHandler(settings, sp.GetRequiredService<TimeProvider>(), limiters);
    }
}
