using Beltic.Businesses;
using Beltic.Http;
using Beltic.Sdk.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Beltic.Sdk.Tests.Kyb;

/// <summary>Waiting for an asynchronous lookup: doubling intervals, a deadline and cancellation, all on fake time.</summary>
public class BusinessWaitTests
{
    private static Business Processing(string id = "biz_1") => new() { Id = id, AsyncStatus = BusinessAsyncStatus.Processing };

    private static Business Done(string id = "biz_1") => new() { Id = id, AsyncStatus = "completed", OfficialName = "ZZ TEST HOLDINGS" };

    /// <summary>A client whose GET answers from a script and records when (in fake time) it was polled.</summary>
    private sealed class ScriptedBusinesses(TestHost host, params Business[] answers) : BusinessesClient(BelticConnection.Create(host.Provider, ""))
    {
        private readonly DateTimeOffset _start = host.Time.GetUtcNow();

        public List<TimeSpan> Polls { get; } = [];

        public Action<int>? OnPoll { get; init; }

        public override Task<Business> GetAsync(string businessId, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
        {
            Polls.Add(host.Time.GetUtcNow() - _start);
            OnPoll?.Invoke(Polls.Count);
            return Task.FromResult(answers[Math.Min(Polls.Count - 1, answers.Length - 1)]);
        }
    }

    private static TimeSpan[] Seconds(params double[] s) => s.Select(TimeSpan.FromSeconds).ToArray();

    [Fact]
    public async Task Polls_after_doubling_intervals_until_the_lookup_is_done()
    {
        using var host = new TestHost();
        var client = new ScriptedBusinesses(host, Processing(), Processing(), Done());

        var (business, elapsed) = await host.RunAsync(() => client.WaitForCompletionAsync(Processing()));

        Assert.Equal(Seconds(1, 3, 7), client.Polls);
        Assert.Equal(TimeSpan.FromSeconds(7), elapsed);
        Assert.False(business.IsProcessing);
        Assert.Equal("ZZ TEST HOLDINGS", business.OfficialName);
    }

    [Fact]
    public async Task Intervals_stop_growing_at_the_maximum_and_an_id_is_polled_at_once()
    {
        using var host = new TestHost();
        var client = new ScriptedBusinesses(host, Processing(), Processing(), Processing(), Processing(), Done());

        await host.RunAsync(() => client.WaitForCompletionAsync("biz_1", new BusinessWaitOptions { InitialInterval = TimeSpan.FromSeconds(2), MaxInterval = TimeSpan.FromSeconds(5) }));

        Assert.Equal(Seconds(0, 2, 6, 11, 16), client.Polls);
    }

    [Fact]
    public async Task The_deadline_cuts_the_last_wait_and_then_throws()
    {
        using var host = new TestHost();
        var client = new ScriptedBusinesses(host, Processing("biz_slow"));

        var (ex, elapsed) = await host.RunThrowsAsync<TimeoutException>(() => client.WaitForCompletionAsync(
            Processing("biz_slow"), new BusinessWaitOptions { MaxInterval = TimeSpan.FromSeconds(4), Timeout = TimeSpan.FromSeconds(10) }));

        Assert.Equal(Seconds(1, 3, 7, 10), client.Polls);
        Assert.Equal(TimeSpan.FromSeconds(10), elapsed);
        Assert.Contains("business lookup 'biz_slow' (async_status processing)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("00:00:10", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_stops_the_wait_between_polls()
    {
        using var host = new TestHost();
        using var cts = new CancellationTokenSource();
        var client = new ScriptedBusinesses(host, Processing()) { OnPoll = n => { if (n == 2) { cts.Cancel(); } } };

        await host.RunThrowsAsync<OperationCanceledException>(() => client.WaitForCompletionAsync(Processing(), cancellationToken: cts.Token));

        Assert.Equal(2, client.Polls.Count);
    }

    [Fact]
    public async Task A_finished_record_is_returned_at_once()
    {
        using var host = new TestHost();
        var done = Done();

        var result = await host.Client.Businesses.WaitForCompletionAsync(done);

        Assert.Same(done, result);
        Assert.Empty(host.Requests);
    }

    [Theory]
    [InlineData(0, 15, 300)]
    [InlineData(5, 2, 300)]
    [InlineData(1, 15, 0)]
    public async Task Bad_wait_options_fail_before_sending(int initial, int max, int timeout)
    {
        using var host = new TestHost();

        var ex = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => host.Client.Businesses.WaitForCompletionAsync("biz_1", new BusinessWaitOptions
        {
            InitialInterval = TimeSpan.FromSeconds(initial), MaxInterval = TimeSpan.FromSeconds(max), Timeout = TimeSpan.FromSeconds(timeout),
        }));

        Assert.Contains("BusinessWaitOptions.", ex.Message, StringComparison.Ordinal);
        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task An_async_lookup_is_created_then_polled_over_http_with_the_callers_key()
    {
        using var host = new TestHost();
        host.Json("POST", "/v1/businesses", KybFixtures.ProcessingResource, 201);
        host.Server.Given(Request.Create().WithPath("/v1/businesses/biz_01HQ9B").UsingGet()).InScenario("poll").WillSetStateTo("done")
            .RespondWith(Response.Create().WithBody(KybFixtures.ProcessingJson));
        host.Server.Given(Request.Create().WithPath("/v1/businesses/biz_01HQ9B").UsingGet()).InScenario("poll").WhenStateIs("done")
            .RespondWith(Response.Create().WithBody(KybFixtures.CompletedJson));
        var perCall = new RequestOptions { ApiKey = "sk_production_tenant_b_0123456789" };

        var created = await host.Client.Businesses.CreateAsync(new BusinessCreateOptions("ZZ") { RegistrationNumber = "ZZ-1", Async = true }, perCall);
        var (business, _) = await host.RunAsync(() => host.Client.Businesses.WaitForCompletionAsync(created, requestOptions: perCall));

        Assert.Equal("ZZ TEST HOLDINGS", business.OfficialName);
        Assert.Equal("completed", business.AsyncStatus!.Value.Value);
        var polls = host.Requests.Skip(1).ToList();
        Assert.Equal(2, polls.Count);
        Assert.All(polls, p => Assert.Equal(("GET", "/v1/businesses/biz_01HQ9B"), (p.RequestMessage!.Method, p.RequestMessage.Path)));
        Assert.All(polls, p => Assert.False(Json.HasHeader(p, "Idempotency-Key")));
        Assert.All(host.Requests, r => Assert.Equal(perCall.ApiKey, Json.Header(r, "X-Api-Key")));
    }
}
