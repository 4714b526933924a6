using System.Runtime.ExceptionServices;
using System.Threading.RateLimiting;

namespace Beltic.Http;

/// <summary>
/// One logical call's retry loop, total timeout and per-attempt timeout (and, opt-in, a client-side rate-limit permit
/// per attempt), all on the <see cref="TimeProvider"/>'s clock. The rules are Beltic's (<see cref="BelticRetryPolicy"/>);
/// the loop is written out rather than run through Microsoft.Extensions.Http.Resilience because Polly's nested
/// strategies cost about 2 KB of async state per call, measured (README, "API client overhead"), and this costs one.
/// The total timeout is a deadline checked between attempts and folded into each attempt's timer, so a call holds
/// at most one timer at a time, from a pool; a backoff that would reach the deadline is not waited for.
/// </summary>
internal sealed class RetryHandler(RetrySettings settings, TimeProvider time, ClientRateLimiters? limiters) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var call = BelticCall.Of(request);
        var total = BelticCall.TotalTimeout(call, settings.Timeout);
        var perAttempt = settings.AttemptTimeout is { } configured ? BelticCall.AttemptTimeoutOf(call, configured) : total;
        var start = time.GetTimestamp();

        for (var retry = 0; ; retry++)
        {
            var remaining = Remaining(total, start);
            HttpResponseMessage? response = null;
            Exception? failure = null;
            RateLimitLease? lease = null;
            try
            {
                if (limiters is not null)
                {
                    lease = await ClientRateLimit.AcquireAsync(limiters, call, settings.ApiKey, settings.QueueLimit, remaining, cancellationToken).ConfigureAwait(false);
                    remaining = Remaining(total, start);
                }

                var endsCall = perAttempt >= remaining;
                using var timer = TimeoutTokens.Start(endsCall ? remaining : perAttempt, time, cancellationToken);
                try
                {
                    response = await base.SendAsync(request, timer.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested && timer.IsCancellationRequested)
                {
                    if (endsCall)
                    {
                        throw TotalTimeout(total, ex);
                    }

                    failure = new TimeoutException($"An attempt did not complete within its {perAttempt.TotalSeconds:0.###} s attempt timeout.", ex);
                }
                catch (HttpRequestException ex) when (!cancellationToken.IsCancellationRequested)
                {
                    failure = ex;
                }
            }
            finally
            {
                lease?.Dispose();
            }

            // A backoff that would reach the deadline is not waited for: the call ends now with what it has (the typed
            // error of the last response, with its Retry-After, or the last transport failure), as for a Retry-After
            // beyond MaxRetryAfter, instead of sleeping into a bare timeout.
            var now = time.GetUtcNow();
            var delay = TimeSpan.Zero;
            var retrying = retry < settings.MaxRetries
                && BelticRetryPolicy.ShouldRetry(response, failure, request, settings.MaxRetryAfter, now)
                && (delay = BelticRetryPolicy.ComputeDelay(retry, response, now, Random.Shared)) < total - time.GetElapsedTime(start);
            if (!retrying)
            {
                if (failure is not null)
                {
                    ExceptionDispatchInfo.Throw(failure);
                }

                return response!;
            }

            RetryTelemetry.Record(call, retry, delay, response, failure);
            response?.Dispose();
            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private TimeSpan Remaining(TimeSpan total, long start)
    {
        var remaining = total - time.GetElapsedTime(start);
        return remaining > TimeSpan.Zero ? remaining : throw TotalTimeout(total, inner: null);
    }

    private static TimeoutException TotalTimeout(TimeSpan total, Exception? inner)
        => new($"The call did not complete within its total timeout of {total.TotalSeconds:0.###} s (BelticClientOptions.Timeout or RequestOptions.Timeout).", inner);
}
