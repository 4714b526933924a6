using Beltic;
using Beltic.DependencyInjection;
using Beltic.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Beltic SDK with dependency injection.</summary>
public static class BelticServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="BelticClient"/> (a thread-safe singleton) configured in code. Options are validated at
    /// start-up; a missing or malformed API key fails then, naming the option.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options, e.g. <c>o =&gt; o.ApiKey = "sk_staging_…"</c>.</param>
    /// <returns>A builder for further customisation of the SDK's HTTP clients.</returns>
    public static BelticBuilder AddBeltic(this IServiceCollection services, Action<BelticClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<BelticClientOptions>().Configure(configure);
        return AddCore(services);
    }

    /// <summary>
    /// Adds <see cref="BelticClient"/> with options bound from configuration, e.g.
    /// <c>builder.Configuration.GetSection("Beltic")</c> with keys <c>ApiKey</c>, <c>BaseAddress</c>, <c>MaxRetries</c>,
    /// <c>Timeout</c>, <c>AttemptTimeout</c>, <c>MaxRetryAfter</c>, <c>ApplicationId</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration section holding the options.</param>
    /// <returns>A builder for further customisation of the SDK's HTTP clients.</returns>
    public static BelticBuilder AddBeltic(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<BelticClientOptions>().Bind(configuration);
        return AddCore(services);
    }

    private static BelticBuilder AddCore(IServiceCollection services)
    {
        var builder = new BelticBuilder(services);
        if (services.Any(d => d.ServiceType == typeof(BelticMarker)))
        {
            // Calling AddBeltic twice only adds option configuration; the pipeline is registered once.
            return builder;
        }

        services.AddSingleton<BelticMarker>();
        services.AddOptions<BelticClientOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BelticClientOptions>, BelticClientOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAdd(ServiceDescriptor.Singleton(typeof(ILogger<>), typeof(NullLogger<>)));
        services.TryAddSingleton<BelticConnection>();
        services.TryAddSingleton(sp => new BelticClient(sp.GetRequiredService<BelticConnection>()));

        AddPipeline(services, BelticHttpClientNames.Api, wellKnown: false);
        AddPipeline(services, BelticHttpClientNames.WellKnown, wellKnown: true);
        AddUploadPipeline(services);
        return builder;
    }

    private static void AddPipeline(IServiceCollection services, string name, bool wellKnown)
    {
        services.AddHttpClient(name, (sp, client) =>
            {
                var o = sp.GetRequiredService<IOptionsMonitor<BelticClientOptions>>().CurrentValue;
                client.BaseAddress = wellKnown ? o.GetWellKnownBaseAddress() : o.BaseAddress;

                // The resilience pipeline owns every timeout (dotnet/extensions#4770).
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            // An app-wide ConfigureHttpClientDefaults(b => b.AddStandardResilienceHandler()) must not stack a second
            // retry loop on ours (dotnet/extensions#4814).
            .RemoveAllResilienceHandlers()
            // 1. Idempotency key + body buffering: once per logical call, outside the retry loop.
            .AddHttpMessageHandler(static () => new IdempotencyHandler())
            // 2. Total timeout → retry → attempt timeout.
            .AddResilienceHandler("Beltic", static (pipeline, context) => ConfigureResilience(pipeline, context.ServiceProvider, attemptTimeout: true))
            .Services.AddHttpClient(name)
            // 3. Authentication (skipped for the public endpoints), 4. User-Agent, then per-attempt logging.
            .AddHttpMessageHandler(static sp => new ApiKeyHandler(sp.GetRequiredService<IOptionsMonitor<BelticClientOptions>>()))
            .AddHttpMessageHandler(static sp => new UserAgentHandler(sp.GetRequiredService<IOptionsMonitor<BelticClientOptions>>()))
            .AddHttpMessageHandler(static sp => new LoggingHandler(sp.GetRequiredService<ILogger<BelticClient>>(), sp.GetRequiredService<TimeProvider>()))
            // IHttpClientFactory's own logging must never show the API key (or any other header value).
            .RedactLoggedHeaders(static _ => true);
    }

    /// <summary>
    /// Presigned third-party uploads: the same retry rules and logging, but no API key and no idempotency key, no base
    /// address, and no per-attempt timeout (one attempt of a large file may take most of <c>Timeout</c>).
    /// </summary>
    private static void AddUploadPipeline(IServiceCollection services)
    {
        services.AddHttpClient(BelticHttpClientNames.Upload, static client => client.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllResilienceHandlers()
            .AddResilienceHandler("Beltic.Upload", static (pipeline, context) => ConfigureResilience(pipeline, context.ServiceProvider, attemptTimeout: false))
            .Services.AddHttpClient(BelticHttpClientNames.Upload)
            .AddHttpMessageHandler(static sp => new UserAgentHandler(sp.GetRequiredService<IOptionsMonitor<BelticClientOptions>>()))
            .AddHttpMessageHandler(static sp => new LoggingHandler(sp.GetRequiredService<ILogger<BelticClient>>(), sp.GetRequiredService<TimeProvider>()))
            .RedactLoggedHeaders(static _ => true);
    }

    private static void ConfigureResilience(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, IServiceProvider sp, bool attemptTimeout)
    {
        var o = sp.GetRequiredService<IOptionsMonitor<BelticClientOptions>>().CurrentValue;
        var time = sp.GetRequiredService<TimeProvider>();
        pipeline.TimeProvider = time;

        pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Name = "Beltic.Total", Timeout = o.Timeout });
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
            });
        }

        if (attemptTimeout)
        {
            pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Name = "Beltic.Attempt", Timeout = o.AttemptTimeout });
        }
    }

    /// <summary>Marks the collection as already holding the SDK's pipeline.</summary>
    private sealed class BelticMarker;
}
