using Beltic.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly;
using Polly.RateLimiting;
using Polly.Telemetry;

namespace Beltic.DependencyInjection;

/// <summary>
/// Builds the four IHttpClientFactory pipelines of one configured client. Outermost first: idempotency key and body
/// buffering (once per call) → total timeout → retry → attempt timeout → API key (keyed pipeline only) → User-Agent →
/// per-attempt logging. Upload: no idempotency, no key, no base address, no attempt timeout.
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

                // The resilience pipeline owns every timeout (dotnet/extensions#4770).
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            // An app-wide ConfigureHttpClientDefaults(b => b.AddStandardResilienceHandler()) must not stack a second
            // retry loop on ours (dotnet/extensions#4814).
            .RemoveAllResilienceHandlers();

        // One span and one duration per logical call, around everything else.
        http.AddHttpMessageHandler(static sp => new TelemetryHandler(sp.GetRequiredService<TimeProvider>()));
        if (pipeline != BelticPipeline.Upload)
        {
            http.AddHttpMessageHandler(static () => new IdempotencyHandler());
        }

        http.AddResilienceHandler("Beltic", (builder, context) => ConfigureResilience(builder, context.ServiceProvider, name, attemptTimeout: pipeline != BelticPipeline.Upload));

        // Handlers added after AddResilienceHandler run inside it, once per attempt.
        http = services.AddHttpClient(clientName);
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

    private static BelticCall? Call(ResilienceContext context)
        => context.GetRequestMessage() is { } request ? BelticCall.Of(request) : null;

    private static ILogger Logger(IServiceProvider sp)
        => sp.GetService<ILoggerFactory>()?.CreateLogger<BelticClient>() ?? NullLogger<BelticClient>.Instance;

    private static void ConfigureResilience(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, IServiceProvider sp, string name, bool attemptTimeout)
    {
        var o = sp.GetRequiredService<IOptionsMonitor<BelticClientOptions>>().Get(name);
        var time = sp.GetRequiredService<TimeProvider>();
        pipeline.TimeProvider = time;

        // The SDK logs every attempt itself; Polly's own per-attempt and retry lines stay at Debug.
        var telemetry = sp.GetService<IOptions<TelemetryOptions>>()?.Value is { } shared
            ? new TelemetryOptions(shared)
            : new TelemetryOptions { LoggerFactory = sp.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance };
        telemetry.SeverityProvider = static _ => ResilienceEventSeverity.Debug;
        pipeline.ConfigureTelemetry(telemetry);

        // Timeouts are per call: the caller's RequestOptions.Timeout, or a long operation's own attempt time.
        var total = o.Timeout;
        var attempt = o.AttemptTimeout;
        pipeline.AddTimeout(new HttpTimeoutStrategyOptions
        {
            Name = "Beltic.Total",
            Timeout = total,
            TimeoutGenerator = args => ValueTask.FromResult(BelticCall.TotalTimeout(Call(args.Context), total)),
        });
        if (o.MaxRetries > 0)
        {
            var maxRetryAfter = o.MaxRetryAfter;
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                Name = "Beltic.Retry",
                MaxRetryAttempts = o.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = BelticRetryPolicy.BaseDelay,
                MaxDelay = BelticRetryPolicy.MaxBackoff,
                ShouldRetryAfterHeader = false,
                ShouldHandle = args => ValueTask.FromResult(
                    BelticRetryPolicy.ShouldRetry(args.Outcome, args.Outcome.Result?.RequestMessage ?? args.Context.GetRequestMessage(), maxRetryAfter, time.GetUtcNow())),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(
                    BelticRetryPolicy.ComputeDelay(args.AttemptNumber, args.Outcome.Result, time.GetUtcNow(), Random.Shared)),
                OnRetry = static args =>
                {
                    RetryTelemetry.Record(args.Context, args.AttemptNumber, args.RetryDelay, args.Outcome);
                    return default;
                },
            });
        }

        // Client-side rate limiting (opt-in): between retry and attempt timeout, so every attempt takes a permit and a
        // queue wait counts against the call's total time, not one attempt's.
        if (o.ClientSideRateLimiting && sp.GetService<ClientRateLimiters>() is { } limiters)
        {
            var queueLimit = o.RateLimitQueueLimit;
            var configuredKey = o.ApiKey;
            pipeline.AddRateLimiter(new RateLimiterStrategyOptions
            {
                Name = "Beltic.ClientRateLimit",
                RateLimiter = args => ClientRateLimit.AcquireAsync(limiters, args.Context, configuredKey, queueLimit),
            });
        }

        if (attemptTimeout)
        {
            pipeline.AddTimeout(new HttpTimeoutStrategyOptions
            {
                Name = "Beltic.Attempt",
                Timeout = attempt,
                TimeoutGenerator = args => ValueTask.FromResult(BelticCall.AttemptTimeoutOf(Call(args.Context), attempt)),
            });
        }
    }
}
