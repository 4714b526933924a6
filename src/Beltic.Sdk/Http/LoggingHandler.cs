using Microsoft.Extensions.Logging;

namespace Beltic.Http;

/// <summary>
/// Innermost handler: logs every attempt (method, path, status, attempt number, elapsed, request id). Logs carry the
/// path only — never headers, query strings or bodies — so the API key can never reach a log.
/// </summary>
internal sealed partial class LoggingHandler(ILogger logger, TimeProvider timeProvider) : DelegatingHandler
{
    internal static readonly HttpRequestOptionsKey<int> AttemptKey = new("Beltic.Attempt");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        int attempt;
        if (BelticCall.Of(request) is { } call)
        {
            attempt = call.NextAttempt();
        }
        else
        {
            request.Options.TryGetValue(AttemptKey, out attempt);
            request.Options.Set(AttemptKey, ++attempt);
        }

        var path = request.RequestUri?.AbsolutePath ?? "";
        var start = timeProvider.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var elapsed = timeProvider.GetElapsedTime(start).TotalMilliseconds;
            var requestId = response.Headers.TryGetValues("X-Request-Id", out var ids) ? ids.FirstOrDefault() : null;
            if (response.IsSuccessStatusCode)
            {
                LogResponse(logger, request.Method.Method, path, (int)response.StatusCode, attempt, elapsed, requestId);
            }
            else
            {
                LogErrorResponse(logger, request.Method.Method, path, (int)response.StatusCode, attempt, elapsed, requestId);
            }

            return response;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogTransportFailure(logger, request.Method.Method, path, attempt, timeProvider.GetElapsedTime(start).TotalMilliseconds, ex.GetType().Name, ex.Message);
            throw;
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Beltic {Method} {Path} -> {Status} (attempt {Attempt}, {ElapsedMs:0.0} ms, request id {RequestId})")]
    private static partial void LogResponse(ILogger logger, string method, string path, int status, int attempt, double elapsedMs, string? requestId);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Beltic {Method} {Path} -> {Status} (attempt {Attempt}, {ElapsedMs:0.0} ms, request id {RequestId})")]
    private static partial void LogErrorResponse(ILogger logger, string method, string path, int status, int attempt, double elapsedMs, string? requestId);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Beltic {Method} {Path} failed without a response (attempt {Attempt}, {ElapsedMs:0.0} ms): {ErrorType}: {ErrorMessage}")]
    private static partial void LogTransportFailure(ILogger logger, string method, string path, int attempt, double elapsedMs, string errorType, string errorMessage);
}
