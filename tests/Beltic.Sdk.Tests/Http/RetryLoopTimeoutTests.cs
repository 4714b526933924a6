using System.Diagnostics;
using System.Net;
using Beltic.Sdk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Beltic.Sdk.Tests.Http;

/// <summary>
/// The retry loop's timeouts where fake time cannot reach: on the system clock its attempt timers are pooled and
/// reset between calls, so a reused timer must still fire, and a caller's cancellation must not leave a cancelled timer
/// behind for the next call (that it is not retried either: TelemetryTests). A backoff that would reach the deadline is
/// not waited for.
/// </summary>
public class RetryLoopTimeoutTests
{
    private const string CredentialId = "cred_01HQ7P4M6ABC";

    private static TestHost SystemClockHost(ScriptedHandler handler, Action<BelticClientOptions> configure)
        => new(configure, services: s => s.AddSingleton(TimeProvider.System), builder: b => b.ConfigureHttpClients(h => h.ConfigurePrimaryHttpMessageHandler(() => handler)));

    [Fact]
    public async Task A_reused_attempt_timer_still_fires_after_many_calls_that_finished_in_time()
    {
        var ok = ScriptedHandler.Respond(HttpStatusCode.OK, CredentialFixtures.CredentialJson);
        var hungFor = TimeSpan.Zero;
        Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> hang = async (_, ct) =>
        {
            var watch = Stopwatch.StartNew();
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
                throw new InvalidOperationException("unreachable");
            }
            finally
            {
                hungFor = watch.Elapsed;
            }
        };
        var handler = new ScriptedHandler([.. Enumerable.Repeat(ok, 50), hang, ok]);
        using var host = SystemClockHost(handler, o => { o.AttemptTimeout = TimeSpan.FromMilliseconds(300); o.Timeout = TimeSpan.FromSeconds(20); });

        for (var i = 0; i < 50; i++)
        {
            await host.Client.Credentials.GetAsync(CredentialId); // each returns its timer to the pool, reset
        }

        // A reused timer that never fired would hang here (nothing else bounds the attempt): fail instead.
        var credential = await host.Client.Credentials.GetAsync(CredentialId).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(CredentialId, credential.Id);
        Assert.Equal(52, handler.Calls); // the hung attempt timed out and was retried once
        Assert.InRange(hungFor, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task A_caller_cancelling_mid_attempt_is_not_retried_and_the_next_call_still_works()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Hang(), ScriptedHandler.Respond(HttpStatusCode.OK, CredentialFixtures.CredentialJson));
        using var host = SystemClockHost(handler, o => o.AttemptTimeout = TimeSpan.FromSeconds(30));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => host.Client.Credentials.GetAsync(CredentialId, cancellationToken: cts.Token));

        Assert.IsNotType<BelticTransportException>(ex);
        Assert.Equal(1, handler.Calls);
        Assert.Equal(CredentialId, (await host.Client.Credentials.GetAsync(CredentialId)).Id);
        Assert.Equal(2, handler.Calls);
    }

    [Fact]
    public async Task A_retry_wait_that_would_outlast_the_total_timeout_is_not_waited_for()
    {
        using var host = new TestHost(o => o.Timeout = TimeSpan.FromSeconds(10));
        host.Server.Given(Request.Create().WithPath($"/v1/credentials/{CredentialId}"))
            .RespondWith(Response.Create().WithStatusCode(503).WithHeader("Retry-After", "20").WithBody("{}"));

        var (ex, elapsed) = await host.RunThrowsAsync<BelticServerException>(() => host.Client.Credentials.GetAsync(CredentialId));

        Assert.Equal(503, (int)ex.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(20), ex.RetryAfter); // the caller learns when Beltic expects to be back
        Assert.True(elapsed < TimeSpan.FromSeconds(1), $"waited {elapsed}");
        Assert.Single(host.Requests);
    }

    [Fact]
    public async Task A_per_call_timeout_shorter_than_the_attempt_timeout_bounds_the_attempt()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Hang());
        using var host = new TestHost(o => o.AttemptTimeout = TimeSpan.FromSeconds(30), builder: b => b.ConfigureHttpClients(h => h.ConfigurePrimaryHttpMessageHandler(() => handler)));

        var (ex, elapsed) = await host.RunThrowsAsync<BelticTransportException>(
            () => host.Client.Credentials.GetAsync(CredentialId, new RequestOptions { Timeout = TimeSpan.FromSeconds(4) }));

        Assert.True(ex.IsTimeout);
        Assert.Equal(1, handler.Calls);
        Assert.InRange(elapsed, TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(5));
    }
}
