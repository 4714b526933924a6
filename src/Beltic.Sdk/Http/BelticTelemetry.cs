using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Beltic.Http;

/// <summary>
/// The SDK's ActivitySource and Meter. Span and metric names follow OpenTelemetry's HTTP client conventions where they
/// apply (<c>http.request.method</c>, <c>url.template</c>, <c>http.response.status_code</c>, <c>server.address</c>,
/// <c>error.type</c>); Beltic-specific facts use the <c>beltic.</c> prefix.
/// </summary>
internal static class BelticTelemetry
{
    public const string OperationTag = "beltic.operation";
    public const string OutcomeTag = "beltic.outcome";

    public static readonly ActivitySource Source = new(BelticDiagnostics.SourceName, UserAgentHandler.SdkVersion);

    public static readonly Meter Meter = new(BelticDiagnostics.MeterName, UserAgentHandler.SdkVersion);

    /// <summary>Duration of one logical call, across attempts and backoff.</summary>
    public static readonly Histogram<double> CallDuration = Meter.CreateHistogram<double>(
        "beltic.client.call.duration", "s", "Duration of a Beltic API call, across its attempts and backoff waits.");

    /// <summary>Retries, by operation and reason.</summary>
    public static readonly Counter<long> Retries = Meter.CreateCounter<long>(
        "beltic.client.retries", "{retry}", "Retries of Beltic API calls, by operation and reason.");

    /// <summary>Time spent waiting because of rate limits: a server's Retry-After, or the client-side limiter's queue.</summary>
    public static readonly Histogram<double> RateLimitWait = Meter.CreateHistogram<double>(
        "beltic.client.rate_limit.wait", "s", "Time a Beltic API call waited because of a rate limit (server Retry-After or client-side queue).");

    public static bool IsEnabled => Source.HasListeners() || CallDuration.Enabled;
}
