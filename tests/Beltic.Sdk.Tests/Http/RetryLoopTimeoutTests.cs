using System.Diagnostics;
using System.Net;
using Beltic.Sdk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Beltic.Sdk.Tests.Http;

/// <summary>
/// The retry loop's timeouts where fake time cannot reach: on the system clock its attempt timers are pooled and
/// reset between calls, so a reused timer must still fire, and a caller's cancellation must neither be retried nor
/// leave a cancelled timer behind for the next call.
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
        var script = Enumerable.Repeat(ok, 50).Append(ScriptedHandler.Hang()).Append(ok).ToArray();
        var handler = new ScriptedHandler(script);
        using var host = SystemClockHost(handler, o => { o.AttemptTimeout = TimeSpan.FromMilliseconds(300); o.Timeout = TimeSpan.FromSeconds(20); });

        for (var i = 0; i < 50; i++)
        {
            await host.Client.Credentials.GetAsync(CredentialId);
        }

        var watch = Stopwatch.StartNew();
        var credential = await host.Client.Credentials.GetAsync(CredentialId);

        Assert.Equal(CredentialId, credential.Id);
        Assert.Equal(52, handler.Calls); // the hung attempt timed out and was retried once
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(250), $"the hung attempt ended after {watch.Elapsed}");
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
    public async Task The_total_timeout_ends_a_retry_after_wait_that_would_outlast_it()
    {
        using var host = new TestHost(o => o.Timeout = TimeSpan.FromSeconds(10));
        host.Server.Given(Request.Create().WithPath($"/v1/credentials/{CredentialId}"))
            .RespondWith(Response.Create().WithStatusCode(503).WithHeader("Retry-After", "20").WithBody("{}"));

        var (ex, elapsed) = await host.RunThrowsAsync<BelticTransportException>(() => host.Client.Credentials.GetAsync(CredentialId));

        Assert.True(ex.IsTimeout);
        Assert.Contains("total timeout of 10 s", ex.Message, StringComparison.Ordinal);
        Assert.InRange(elapsed, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(11));
        Assert.Single(host.Requests); // no second attempt after the deadline
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
