using Microsoft.Extensions.DependencyInjection;
using Beltic.Http;
using Beltic.Sdk.Tests.Support;

namespace Beltic.Sdk.Tests.Pattern;

/// <summary>Timeouts per call: RequestOptions.Timeout, and long operations' own attempt time (workflow runs, sync screenings).</summary>
public class TimeoutTests
{
    [Fact]
    public async Task A_per_call_timeout_replaces_the_client_total_for_that_call()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Hang());
        using var host = new TestHost(o => { o.Timeout = TimeSpan.FromSeconds(100); o.AttemptTimeout = TimeSpan.FromSeconds(30); }, builder: b => b.ConfigureHttpClients(h => h.ConfigurePrimaryHttpMessageHandler(() => handler)));

        var (ex, elapsed) = await host.RunThrowsAsync<BelticTransportException>(
            () => host.Client.Credentials.GetAsync("cred_1", new RequestOptions { Timeout = TimeSpan.FromSeconds(3) }));

        Assert.True(ex.IsTimeout);
        Assert.InRange(elapsed, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(4));
        Assert.Equal(1, handler.Calls);
    }

    [Fact]
    public async Task An_out_of_range_per_call_timeout_is_refused_before_sending()
    {
        using var host = new TestHost();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => host.Client.Credentials.GetAsync("cred_1", new RequestOptions { Timeout = TimeSpan.Zero }));

        Assert.Empty(host.Requests);
    }

    [Theory]
    [InlineData(null, null, 100, 30)]          // an ordinary call: the client's settings
    [InlineData(null, 300, 300, 300)]          // a long operation raises both to its own attempt time
    [InlineData(60, 300, 60, 60)]              // the caller's total still wins, and bounds the attempt
    [InlineData(200, null, 200, 30)]           // a longer caller total leaves the attempt as configured
    public void Effective_timeouts(int? callTotal, int? operationAttempt, int expectedTotal, int expectedAttempt)
    {
        var call = BelticCall.Create(
            "things.run",
            callTotal is { } t ? new RequestOptions { Timeout = TimeSpan.FromSeconds(t) } : null,
            operationAttempt is { } a ? TimeSpan.FromSeconds(a) : null);

        Assert.Equal(TimeSpan.FromSeconds(expectedTotal), BelticCall.TotalTimeout(call, TimeSpan.FromSeconds(100)));
        Assert.Equal(TimeSpan.FromSeconds(expectedAttempt), BelticCall.AttemptTimeoutOf(call, TimeSpan.FromSeconds(30)));
    }
}
