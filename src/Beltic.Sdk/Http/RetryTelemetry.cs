using System.Diagnostics;
using Polly;

namespace Beltic.Http;

/// <summary>A retry, as a span event on the call's span and in the retries metric; a server-imposed wait also in the rate-limit metric.</summary>
internal static class RetryTelemetry
{
    public static void Record(ResilienceContext context, int attemptNumber, TimeSpan delay, Outcome<HttpResponseMessage> outcome)
    {
        if (!BelticTelemetry.IsEnabled)
        {
            return;
        }

        var operation = context.GetRequestMessage() is { } request && BelticCall.Of(request) is { } call ? call.Operation : "unknown";
        var status = outcome.Result is { } response ? (int)response.StatusCode : (int?)null;
        var reason = status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? outcome.Exception?.GetType().Name ?? "unknown";

        if (Activity.Current is { Source.Name: BelticDiagnostics.SourceName } activity)
        {
            activity.AddEvent(new ActivityEvent("beltic.retry", tags: new ActivityTagsCollection
            {
                ["beltic.attempt"] = attemptNumber + 1,
                ["beltic.retry.delay_ms"] = delay.TotalMilliseconds,
                ["beltic.retry.reason"] = reason,
            }));
        }

        BelticTelemetry.Retries.Add(1, new TagList { { BelticTelemetry.OperationTag, operation }, { "beltic.retry.reason", reason } });
        if (status == 429 && BelticTelemetry.RateLimitWait.Enabled)
        {
            BelticTelemetry.RateLimitWait.Record(delay.TotalSeconds, new TagList { { BelticTelemetry.OperationTag, operation }, { "beltic.rate_limit.source", "server" } });
        }
    }
}
