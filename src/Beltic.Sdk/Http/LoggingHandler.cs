using Microsoft.Extensions.Logging;

namespace Beltic.Http;

/// <summary>
/// Innermost handler: logs every attempt (method, path, status, attempt number, elapsed, request id). Logs carry the
/// path only — never headers, query strings or bodies — so the API key can never reach a log.
/// </summary>
internal sealed partial class LoggingHandler(ILogger logger, TimeProvider timeProvider) : DelegatingHandler
{
    internal static readonly HttpRequestOptionsKey<int> AttemptKey = new("Beltic.Attempt");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
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

        // Failures log at Warning: when even that is off, there is nothing to log and no reason to wait here.
        return logger.IsEnabled(LogLevel.Warning) ? SendLoggedAsync(request, attempt, cancellationToken) : base.SendAsync(request, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendLoggedAsync(HttpRequestMessage request, int attempt, CancellationToken cancellationToken)
    {
        var start = timeProvider.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);

            // A healthy call logs at Debug: build nothing for the line unless someone reads it.
            var level = response.IsSuccessStatusCode ? LogLevel.Debug : LogLevel.Warning;
            if (logger.IsEnabled(level))
            {
                var elapsed = timeProvider.GetElapsedTime(start).TotalMilliseconds;
                var requestId = response.Headers.TryGetValues("X-Request-Id", out var ids) ? ids.FirstOrDefault() : null;
                if (response.IsSuccessStatusCode)
                {
                    LogResponse(logger, request.Method.Method, Path(request), (int)response.StatusCode, attempt, elapsed, requestId);
                }
                else
                {
                    LogErrorResponse(logger, request.Method.Method, Path(request), (int)response.StatusCode, attempt, elapsed, requestId);
                }
            }

            return response;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogTransportFailure(logger, request.Method.Method, Path(request), attempt, timeProvider.GetElapsedTime(start).TotalMilliseconds, ex.GetType().Name, ex.Message);
            throw;
        }
    }

    // The path only: never the query string (filters may name people) and never a presigned URL's signature.
    private static string Path(HttpRequestMessage request) => request.RequestUri?.AbsolutePath ?? "";

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Beltic {Method} {Path} -> {Status} (attempt {Attempt}, {ElapsedMs:0.0} ms, request id {RequestId})")]
    private static partial void LogResponse(ILogger logger, string method, string path, int status, int attempt, double elapsedMs, string? requestId);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Beltic {Method} {Path} -> {Status} (attempt {Attempt}, {ElapsedMs:0.0} ms, request id {RequestId})")]
    private static partial void LogErrorResponse(ILogger logger, string method, string path, int status, int attempt, double elapsedMs, string? requestId);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Beltic {Method} {Path} failed without a response (attempt {Attempt}, {ElapsedMs:0.0} ms): {ErrorType}: {ErrorMessage}")]
    private static partial void LogTransportFailure(ILogger logger, string method, string path, int attempt, double elapsedMs, string errorType, string errorMessage);
}
