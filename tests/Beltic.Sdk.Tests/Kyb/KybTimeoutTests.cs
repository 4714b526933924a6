using Microsoft.Extensions.DependencyInjection;
using System.Net;
using Beltic.Businesses;
using Beltic.Screenings;
using Beltic.Sdk.Tests.Support;

namespace Beltic.Sdk.Tests.Kyb;

/// <summary>
/// Synchronous lookups (≤ 45 s at Beltic) and screenings (≤ 55 s) carry their own attempt time, so the client's 30 s
/// AttemptTimeout cannot cut them short; their asynchronous forms keep the client's.
/// </summary>
public class KybTimeoutTests
{
    private static TestHost Host(ScriptedHandler handler)
        => new(o => { o.MaxRetries = 0; o.AttemptTimeout = TimeSpan.FromSeconds(30); o.Timeout = TimeSpan.FromSeconds(100); },
            builder: b => b.ConfigureHttpClients(h => h.ConfigurePrimaryHttpMessageHandler(() => handler)));

    private static Task Call(TestHost host, string kind) => kind switch
    {
        "business-sync" => host.Client.Businesses.CreateAsync(new BusinessCreateOptions("ZZ") { OfficialName = "Co" }),
        "business-async" => host.Client.Businesses.CreateAsync(new BusinessCreateOptions("ZZ") { OfficialName = "Co", Async = true }),
        "screening-sync" => host.Client.Screenings.CreateAsync(Watchlist() with { ExecutionMode = ScreeningExecutionMode.Sync }),
        "screening-async" => host.Client.Screenings.CreateAsync(Watchlist() with { ExecutionMode = ScreeningExecutionMode.Async }),
        "screening-default" => host.Client.Screenings.CreateAsync(Watchlist()),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static ScreeningCreateOptions Watchlist() => ScreeningCreateOptions.Watchlist(new PersonScreeningQuery { NameFirst = "John", NameLast = "Doe" });

    [Theory]
    [InlineData("business-sync", 60)]
    [InlineData("business-async", 30)]
    [InlineData("screening-sync", 75)]
    [InlineData("screening-async", 30)]
    [InlineData("screening-default", 30)]
    public async Task A_hanging_call_times_out_after_its_own_attempt_time(string kind, int seconds)
    {
        var handler = new ScriptedHandler(ScriptedHandler.Hang());
        using var host = Host(handler);

        var (ex, elapsed) = await host.RunThrowsAsync<BelticTransportException>(() => Call(host, kind));

        Assert.True(ex.IsTimeout);
        Assert.InRange(elapsed, TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(seconds + 1));
        Assert.Equal(1, handler.Calls);
    }

    [Theory]
    [InlineData("business-sync", 44, """{ "type": "business", "id": "biz_1", "attributes": { "official_name": "ZZ CO" } }""")]
    [InlineData("screening-sync", 54, """{ "data": { "type": "screening/watchlist", "id": "scr_1", "attributes": { "status": "completed", "has_match": false } } }""")]
    public async Task A_slow_synchronous_answer_arrives_in_one_attempt(string kind, int serverSeconds, string body)
    {
        TestHost? host = null;
        var handler = new ScriptedHandler(async (_, ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(serverSeconds), host!.Time, ct);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        });
        using var owned = host = Host(handler);

        var (_, elapsed) = await host.RunAsync(async () => { await Call(host, kind); return 0; });

        Assert.Equal(1, handler.Calls);
        Assert.InRange(elapsed, TimeSpan.FromSeconds(serverSeconds), TimeSpan.FromSeconds(serverSeconds + 1));
    }
}
