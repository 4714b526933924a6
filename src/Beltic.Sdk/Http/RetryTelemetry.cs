using System.Diagnostics;

namespace Beltic.Http;

/// <summary>A retry, as a span event on the call's span and in the retries metric; a server-imposed wait also in the rate-limit metric.</summary>
internal static class RetryTelemetry
{
    public static void Record(BelticCall? call, int attemptNumber, TimeSpan delay, HttpResponseMessage? response, Exception? failure)
    {
        if (!BelticTelemetry.IsEnabled)
        {
            return;
        }

        var operation = call?.Operation ?? "unknown";
        var status = response is not null ? (int)response.StatusCode : (int?)null;
        var reason = status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? failure switch
        {
            TimeoutException => "attempt_timeout",
            HttpRequestException => "connection_error",
            _ => "unknown",
        };

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
