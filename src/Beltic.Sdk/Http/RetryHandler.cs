using System.Runtime.ExceptionServices;
using System.Threading.RateLimiting;

namespace Beltic.Http;

/// <summary>
/// One logical call's retry loop, total timeout and per-attempt timeout (and, opt-in, a client-side rate-limit permit
/// per attempt), all on the <see cref="TimeProvider"/>'s clock. The rules are Beltic's (<see cref="BelticRetryPolicy"/>);
/// the loop is written out rather than run through Microsoft.Extensions.Http.Resilience because Polly's nested
/// strategies cost about 2 KB of async state per call, measured (README, "API client overhead"), and this costs one.
/// The total timeout is a deadline checked between attempts and folded into each attempt's timer, so a call holds
/// at most one timer at a time, from a pool.
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
            RateLimitLease? lease = null;
            if (limiters is not null)
            {
                lease = await ClientRateLimit.AcquireAsync(limiters, call, settings.ApiKey, settings.QueueLimit, remaining, cancellationToken).ConfigureAwait(false);
                remaining = Remaining(total, start);
            }

            HttpResponseMessage? response = null;
            Exception? failure = null;
            var endsCall = perAttempt >= remaining;
            var timer = TimeoutTokens.Rent(endsCall ? remaining : perAttempt, time);
            var link = cancellationToken.UnsafeRegister(static s => ((CancellationTokenSource)s!).Cancel(), timer);
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
            catch (HttpRequestException ex)
            {
                failure = ex;
            }
            finally
            {
                link.Dispose();
                TimeoutTokens.Return(timer, time);
                lease?.Dispose();
            }

            var now = time.GetUtcNow();
            if (retry >= settings.MaxRetries || !BelticRetryPolicy.ShouldRetry(response, failure, request, settings.MaxRetryAfter, now))
            {
                if (failure is not null)
                {
                    ExceptionDispatchInfo.Throw(failure);
                }

                return response!;
            }

            var delay = BelticRetryPolicy.ComputeDelay(retry, response, now, Random.Shared);
            RetryTelemetry.Record(call, retry, delay, response, failure);
            response?.Dispose();

            remaining = Remaining(total, start);
            await Task.Delay(delay < remaining ? delay : remaining, time, cancellationToken).ConfigureAwait(false);
            if (delay >= remaining)
            {
                throw TotalTimeout(total, inner: null);
            }
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
