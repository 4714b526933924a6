using Beltic.Http;
using Beltic.Screenings;
using Beltic.Sdk.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Beltic.Sdk.Tests.Kyb;

/// <summary>Waiting for an asynchronous screening: doubling intervals, a deadline and cancellation, all on fake time.</summary>
public class ScreeningWaitTests
{
    private static Screening Pending(string id = "scr_1") => new() { Id = id, Status = ScreeningStatus.Pending };

    private static Screening Done(string id = "scr_1") => new() { Id = id, Status = ScreeningStatus.Completed, HasMatch = false, CompletedAt = DateTimeOffset.UnixEpoch };

    /// <summary>A client whose GET answers from a script and records when (in fake time) it was polled.</summary>
    private sealed class ScriptedScreenings(TestHost host, params Screening[] answers) : ScreeningsClient(BelticConnection.Create(host.Provider, ""))
    {
        private readonly DateTimeOffset _start = host.Time.GetUtcNow();

        public List<TimeSpan> Polls { get; } = [];

        public Action<int>? OnPoll { get; init; }

        public override Task<Screening> GetAsync(string screeningId, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
        {
            Polls.Add(host.Time.GetUtcNow() - _start);
            OnPoll?.Invoke(Polls.Count);
            return Task.FromResult(answers[Math.Min(Polls.Count - 1, answers.Length - 1)]);
        }
    }

    private static TimeSpan[] Seconds(params double[] s) => s.Select(TimeSpan.FromSeconds).ToArray();

    [Fact]
    public async Task Polls_after_doubling_intervals_until_the_screening_is_done()
    {
        using var host = new TestHost();
        var processing = new Screening { Id = "scr_1", Status = ScreeningStatus.Processing };
        var client = new ScriptedScreenings(host, Pending(), processing, processing, Done());

        var (screening, elapsed) = await host.RunAsync(() => client.WaitForCompletionAsync(Pending()));

        Assert.Equal(Seconds(1, 3, 7, 15), client.Polls);
        Assert.Equal(TimeSpan.FromSeconds(15), elapsed);
        Assert.False(screening.IsPending);
    }

    [Fact]
    public async Task The_deadline_cuts_the_last_wait_and_then_throws()
    {
        using var host = new TestHost();
        var client = new ScriptedScreenings(host, Pending("scr_slow"));

        var (ex, elapsed) = await host.RunThrowsAsync<TimeoutException>(() => client.WaitForCompletionAsync(
            "scr_slow", new ScreeningWaitOptions { InitialInterval = TimeSpan.FromSeconds(5), MaxInterval = TimeSpan.FromSeconds(5), Timeout = TimeSpan.FromSeconds(12) }));

        Assert.Equal(Seconds(0, 5, 10, 12), client.Polls);
        Assert.Equal(TimeSpan.FromSeconds(12), elapsed);
        Assert.Contains("screening 'scr_slow' (status pending)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_stops_the_wait_between_polls()
    {
        using var host = new TestHost();
        using var cts = new CancellationTokenSource();
        var client = new ScriptedScreenings(host, Pending()) { OnPoll = n => { if (n == 3) { cts.Cancel(); } } };

        await host.RunThrowsAsync<OperationCanceledException>(() => client.WaitForCompletionAsync(Pending(), cancellationToken: cts.Token));

        Assert.Equal(3, client.Polls.Count);
    }

    [Fact]
    public async Task A_finished_or_failed_screening_is_returned_at_once()
    {
        using var host = new TestHost();
        var failed = new Screening { Id = "scr_1", Status = ScreeningStatus.Failed };
        var completedAt = Pending() with { CompletedAt = DateTimeOffset.UnixEpoch }; // a completion time wins over the status

        Assert.Same(failed, await host.Client.Screenings.WaitForCompletionAsync(failed));
        Assert.Same(completedAt, await host.Client.Screenings.WaitForCompletionAsync(completedAt));
        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task Bad_wait_options_fail_before_sending()
    {
        using var host = new TestHost();

        var ex = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            host.Client.Screenings.WaitForCompletionAsync(Pending(), new ScreeningWaitOptions { Timeout = TimeSpan.FromDays(2) }));

        Assert.Contains("ScreeningWaitOptions.Timeout", ex.Message, StringComparison.Ordinal);
        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task An_async_screening_is_created_then_polled_over_http()
    {
        using var host = new TestHost();
        host.Json("POST", "/v1/screenings", KybFixtures.PendingScreeningJson(), 201);
        host.Server.Given(Request.Create().WithPath("/v1/screenings/scr_01HQB2").UsingGet()).InScenario("poll").WillSetStateTo("done")
            .RespondWith(Response.Create().WithBody(KybFixtures.PendingScreeningJson()));
        host.Server.Given(Request.Create().WithPath("/v1/screenings/scr_01HQB2").UsingGet()).InScenario("poll").WhenStateIs("done")
            .RespondWith(Response.Create().WithBody(KybFixtures.CompletedScreeningJson()));

        var created = await host.Client.Screenings.CreateAsync(ScreeningCreateOptions.Watchlist(new PersonScreeningQuery { NameFirst = "John", NameLast = "Doe" }));
        var (screening, elapsed) = await host.RunAsync(() => host.Client.Screenings.WaitForCompletionAsync(created));

        Assert.Equal(ScreeningStatus.Completed, screening.Status);
        Assert.False(screening.HasMatch);
        Assert.Equal(3, host.Requests.Count);
        Assert.All(host.Requests.Skip(1), p => Assert.Equal(("GET", "/v1/screenings/scr_01HQB2"), (p.RequestMessage!.Method, p.RequestMessage.Path)));
        Assert.True(elapsed >= TimeSpan.FromSeconds(3)); // polled after 1 s, then 2 s more
    }
}
