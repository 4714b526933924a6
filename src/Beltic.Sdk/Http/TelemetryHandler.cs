using System.Diagnostics;
using Refit;

namespace Beltic.Http;

/// <summary>
/// Outermost handler: one client span per logical call, named by operation, and the call-duration metric. Records the
/// route template (never the filled path or the query), status, attempts, error code and request id. Costs a check
/// of two flags when nobody listens.
/// </summary>
internal sealed class TelemetryHandler(TimeProvider time) : DelegatingHandler
{
    private static readonly HttpRequestOptionsKey<string> TemplateKey = new(HttpRequestMessageOptions.RelativePathTemplate);

    // Nobody listening: straight through, without an async frame of our own.
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        => BelticTelemetry.IsEnabled && BelticCall.Of(request) is { } call
            ? SendTracedAsync(request, call, cancellationToken)
            : base.SendAsync(request, cancellationToken);

    private async Task<HttpResponseMessage> SendTracedAsync(HttpRequestMessage request, BelticCall call, CancellationToken cancellationToken)
    {

        var start = time.GetTimestamp();
        using var activity = BelticTelemetry.Source.StartActivity(call.Operation, ActivityKind.Client);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(BelticTelemetry.OperationTag, call.Operation);
            activity.SetTag("http.request.method", request.Method.Method);
            if (Template(request) is { } template)
            {
                activity.SetTag("url.template", template);
            }

            if (request.RequestUri is { IsAbsoluteUri: true } uri)
            {
                activity.SetTag("server.address", uri.Host);
                activity.SetTag("server.port", uri.Port);
            }
        }

        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            string? errorType = response.IsSuccessStatusCode ? null : status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (activity is not null)
            {
                activity.SetTag("http.response.status_code", status);
                activity.SetTag("beltic.attempt_count", Attempts(request));
                if (response.Headers.TryGetValues("X-Request-Id", out var ids) && ids.FirstOrDefault() is { } requestId)
                {
                    activity.SetTag("beltic.request_id", requestId);
                }

                if (errorType is not null)
                {
                    activity.SetTag("error.type", errorType);
                    activity.SetTag("beltic.error_code", await BelticErrorParser.PeekCodeAsync(response, cancellationToken).ConfigureAwait(false));
                    activity.SetStatus(ActivityStatusCode.Error);
                }
            }

            Record(call, start, status, errorType);
            return response;
        }
        catch (Exception ex)
        {
            var errorType = ex is OperationCanceledException && cancellationToken.IsCancellationRequested ? "canceled" : ex.GetType().FullName;
            if (activity is not null)
            {
                activity.SetTag("beltic.attempt_count", Attempts(request));
                activity.SetTag("error.type", errorType);
                activity.SetStatus(ActivityStatusCode.Error, ex.Message);
            }

            Record(call, start, null, errorType);
            throw;
        }
    }

    private void Record(BelticCall call, long start, int? status, string? errorType)
    {
        if (!BelticTelemetry.CallDuration.Enabled)
        {
            return;
        }

        var tags = new TagList
        {
            { BelticTelemetry.OperationTag, call.Operation },
            { BelticTelemetry.OutcomeTag, errorType is null ? "success" : "error" },
        };
        if (status is { } s)
        {
            tags.Add("http.response.status_code", s);
        }

        if (errorType is not null)
        {
            tags.Add("error.type", errorType);
        }

        BelticTelemetry.CallDuration.Record(time.GetElapsedTime(start).TotalSeconds, tags);
    }

    private static string? Template(HttpRequestMessage request)
    {
        if (!request.Options.TryGetValue(TemplateKey, out var template) || template is null)
        {
            return null;
        }

        // The full path template: the base address's path (e.g. /v1), found where the route's literal head starts in
        // the request path, then the route itself (/credentials/{id}) — never the filled path.
        var path = request.RequestUri is { IsAbsoluteUri: true } uri ? uri.AbsolutePath : string.Empty;
        var brace = template.IndexOf('{', StringComparison.Ordinal);
        var head = brace < 0 ? template : template[..brace];
        var at = head.Length > 1 ? path.IndexOf(head, StringComparison.Ordinal) : -1;
        return at > 0 ? path[..at] + template : template;
    }

    private static int Attempts(HttpRequestMessage request)
        => BelticCall.Of(request)?.Attempts ?? (request.Options.TryGetValue(LoggingHandler.AttemptKey, out var n) ? n : 0);
}
