using System.Net;
using Beltic.Sdk.Tests.Support;
using Beltic.Workflows;
using Snapshooter.Xunit;

namespace Beltic.Sdk.Tests.Workflows;

/// <summary>Execution status, the wait helper on fake time (backoff, deadline, cancellation) and resume.</summary>
public class WorkflowWaitAndResumeTests
{
    private static readonly WorkflowExecution Paused = new()
    {
        ExecutionId = "exec_01HQ", WorkflowId = "wf_kyc_onboarding", Status = WorkflowExecutionStatus.Paused,
    };

    /// <summary>Status answers in order (the last repeats), recording the fake time of each poll.</summary>
    private static (ScriptedHandler Handler, List<DateTimeOffset> Polls) StatusScript(Func<TestHost> host, params string[] statuses)
    {
        var polls = new List<DateTimeOffset>();
        var steps = statuses.Select(s => (Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>)((_, _) =>
        {
            lock (polls)
            {
                polls.Add(host().Time.GetUtcNow());
            }

            return Task.FromResult(WorkflowFixtures.Json(s));
        })).ToArray();
        return (new ScriptedHandler(steps), polls);
    }

    [Fact]
    public async Task Get_execution_status_reads_the_status_route()
    {
        using var host = new TestHost();
        host.Reply("GET", "/v1/workflows/status/exec_01HQ", WorkflowFixtures.CompletedJson);

        var status = await host.Client.Workflows.GetExecutionStatusAsync("exec_01HQ", new RequestOptions { ApiKey = WorkflowFixtures.OtherKey });

        var r = host.SingleRequest();
        Assert.Equal("GET", r.RequestMessage!.Method);
        Assert.Equal(WorkflowFixtures.OtherKey, Json.Header(r, "X-Api-Key"));
        Assert.False(Json.HasHeader(r, "Idempotency-Key"));
        Assert.True(status.IsCompleted);
        Assert.Equal("pass", status.Output["doc_check"].GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task A_status_without_ids_gets_the_requested_execution_id()
    {
        using var host = new TestHost();
        host.Reply("GET", "/v1/workflows/status/exec_9", """{"status":"paused"}""");

        var status = await host.Client.Workflows.GetExecutionStatusAsync("exec_9");

        Assert.Equal("exec_9", status.ExecutionId);
        Assert.True(status.IsPaused);
    }

    [Fact]
    public async Task Wait_backs_off_from_one_second_doubling_to_the_cap_until_the_run_ends()
    {
        TestHost host = null!;
        var (handler, polls) = StatusScript(() => host,
            WorkflowFixtures.Status("paused"), WorkflowFixtures.Status("paused"), WorkflowFixtures.Status("running"), WorkflowFixtures.Status("paused"),
            WorkflowFixtures.Status("paused"), WorkflowFixtures.Status("paused"), WorkflowFixtures.Status("paused"), WorkflowFixtures.Status("completed"));
        using var _ = host = WorkflowFixtures.HostWith(handler);
        var start = host.Time.GetUtcNow();

        var (done, elapsed) = await host.RunAsync(() => host.Client.Workflows.WaitForExecutionAsync(Paused, new WorkflowWaitOptions { MaxInterval = TimeSpan.FromSeconds(20) }));

        Assert.True(done.IsCompleted);
        Assert.Equal("wf_kyc_onboarding", done.WorkflowId); // carried over: the status answer does not name it
        Assert.Equal(8, handler.Calls);
        Assert.All(handler.Seen, s => Assert.EndsWith("/v1/workflows/status/exec_01HQ", s.Uri));
        double[] expected = [1, 2, 4, 8, 16, 20, 20, 20];
        var gaps = polls.Select((t, i) => (t - (i == 0 ? start : polls[i - 1])).TotalSeconds).ToArray();
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.InRange(gaps[i], expected[i], expected[i] + 0.5);
        }

        Assert.InRange(elapsed.TotalSeconds, 91, 95);
    }

    [Fact]
    public async Task Wait_by_id_polls_at_once_and_a_finished_run_needs_no_wait()
    {
        TestHost host = null!;
        var (handler, polls) = StatusScript(() => host, WorkflowFixtures.Status("failed"));
        using var _ = host = WorkflowFixtures.HostWith(handler);

        var (failed, elapsed) = await host.RunAsync(() => host.Client.Workflows.WaitForExecutionAsync("exec_01HQ"));
        var same = await host.Client.Workflows.WaitForExecutionAsync(failed);

        Assert.True(failed.IsFailed); // a failed run is returned, not thrown
        Assert.Same(failed, same);
        Assert.Equal(1, handler.Calls);
        Assert.True(elapsed < TimeSpan.FromSeconds(0.5));
    }

    [Fact]
    public async Task A_passed_deadline_throws_a_timeout_carrying_the_last_status()
    {
        TestHost host = null!;
        var (handler, polls) = StatusScript(() => host, WorkflowFixtures.Status("paused"));
        using var _ = host = WorkflowFixtures.HostWith(handler);

        var (ex, elapsed) = await host.RunThrowsAsync<WorkflowWaitTimeoutException>(
            () => host.Client.Workflows.WaitForExecutionAsync(Paused, new WorkflowWaitOptions { Timeout = TimeSpan.FromSeconds(10) }));

        Assert.IsAssignableFrom<TimeoutException>(ex);
        Assert.True(ex.Execution.IsPaused);
        Assert.Equal("exec_01HQ", ex.Execution.ExecutionId);
        Assert.Equal(TimeSpan.FromSeconds(10), ex.Timeout);
        Assert.Contains("exec_01HQ", ex.Message);
        Assert.Contains("paused", ex.Message);
        Assert.Equal(4, handler.Calls); // at 1, 3 and 7 s, and a last one at the 10 s deadline
        Assert.InRange(elapsed.TotalSeconds, 10, 11);
    }

    [Fact]
    public async Task Cancelling_ends_the_wait_between_polls()
    {
        TestHost host = null!;
        var (handler, _) = StatusScript(() => host, WorkflowFixtures.Status("paused"));
        using var __ = host = WorkflowFixtures.HostWith(handler);
        using var cts = new CancellationTokenSource();

        var wait = host.Client.Workflows.WaitForExecutionAsync(Paused, cancellationToken: cts.Token);
        await Task.Delay(20);
        host.Time.Advance(TimeSpan.FromSeconds(1));
        for (var i = 0; handler.Calls < 1 && i < 500; i++)
        {
            await Task.Delay(5);
        }

        await Task.Delay(20);
        cts.Cancel(); // fake time stands still: only the token can end the 2 s wait
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait);
        Assert.Equal(1, handler.Calls);
    }

    [Fact]
    public async Task Polls_use_the_per_call_api_key()
    {
        TestHost host = null!;
        var (handler, _) = StatusScript(() => host, WorkflowFixtures.Status("paused"), WorkflowFixtures.Status("cancelled"));
        using var _ = host = WorkflowFixtures.HostWith(handler);

        var (done, _) = await host.RunAsync(() => host.Client.Workflows.WaitForExecutionAsync(Paused, requestOptions: new RequestOptions { ApiKey = WorkflowFixtures.OtherKey }));

        Assert.True(done.IsCancelled);
        Assert.All(handler.Seen, s => Assert.Equal(WorkflowFixtures.OtherKey, s.Headers["X-Api-Key"]));
    }

    public static TheoryData<string, Func<WorkflowsClient, Task>> BadWaits => new()
    {
        { "null execution", c => c.WaitForExecutionAsync((WorkflowExecution)null!) },
        { "no execution id", c => c.WaitForExecutionAsync(Paused with { ExecutionId = null }) },
        { "empty id", c => c.WaitForExecutionAsync(" ") },
        { "zero timeout", c => c.WaitForExecutionAsync(Paused, new WorkflowWaitOptions { Timeout = TimeSpan.Zero }) },
        { "zero interval", c => c.WaitForExecutionAsync(Paused, new WorkflowWaitOptions { InitialInterval = TimeSpan.Zero }) },
        { "cap below interval", c => c.WaitForExecutionAsync(Paused, new WorkflowWaitOptions { InitialInterval = TimeSpan.FromSeconds(5), MaxInterval = TimeSpan.FromSeconds(2) }) },
        { "bad per-call key", c => c.WaitForExecutionAsync("exec_1", null, new RequestOptions { ApiKey = "nope" }) },
        { "resume a completed run", c => c.ResumeAsync(Paused with { Status = WorkflowExecutionStatus.Completed }, Json.Parse("{}")) },
        { "resume without workflow id", c => c.ResumeAsync(Paused with { WorkflowId = null }, Json.Parse("{}")) },
        { "resume without execution id", c => c.ResumeAsync(Paused with { ExecutionId = null }, Json.Parse("{}")) },
        { "resume from a non-object", c => c.ResumeAsync(Paused, Json.Parse("\"credential_issue\"")) },
        { "list executions of a blank workflow", c => c.ListExecutionsAsync(new WorkflowExecutionListOptions { WorkflowId = "" }) },
        { "status of a blank id", c => c.GetExecutionStatusAsync("") },
    };

    [Theory]
    [MemberData(nameof(BadWaits), DisableDiscoveryEnumeration = true)]
    public async Task Bad_arguments_throw_before_anything_is_sent(string why, Func<WorkflowsClient, Task> call)
    {
        using var host = new TestHost();

        var ex = await Assert.ThrowsAnyAsync<ArgumentException>(() => call(host.Client.Workflows));

        Assert.False(string.IsNullOrWhiteSpace(ex.Message), why);
        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task Resume_posts_execute_with_the_paused_id_and_the_given_run_from_block()
    {
        using var host = new TestHost();
        host.Reply("POST", "/v1/workflows/execute", WorkflowFixtures.CompletedJson);

        var run = await host.Client.Workflows.ResumeAsync(Paused,
            Json.Parse("""{"startBlockId":"credential_issue","executionId":"exec_01HQ","reviewDecision":{"approved":true,"reviewer":"ops_7"}}"""),
            new RequestOptions { IdempotencyKey = "resume-exec_01HQ" });

        var r = host.SingleRequest();
        Assert.Equal("resume-exec_01HQ", Json.Header(r, "Idempotency-Key"));
        r.SentJson().MatchSnapshot();
        Assert.True(run.IsCompleted);
        Assert.Equal("wf_kyc_onboarding", run.WorkflowId);
    }

    [Fact]
    public async Task Execute_then_paused_then_wait_then_completed()
    {
        TestHost host = null!;
        var handler = new ScriptedHandler(
            (_, _) => Task.FromResult(WorkflowFixtures.Json(WorkflowFixtures.PausedJson, HttpStatusCode.Accepted)),
            (_, _) => Task.FromResult(WorkflowFixtures.Json(WorkflowFixtures.Status("paused"))),
            (_, _) => Task.FromResult(WorkflowFixtures.Json(WorkflowFixtures.CompletedJson)));
        using var _ = host = WorkflowFixtures.HostWith(handler);

        var (done, elapsed) = await host.RunAsync(async () =>
        {
            var run = await host.Client.Workflows.ExecuteAsync(new WorkflowExecuteOptions("wf_kyc_onboarding"));
            Assert.True(run.IsPaused);
            return await host.Client.Workflows.WaitForExecutionAsync(run);
        });

        Assert.True(done.IsCompleted);
        Assert.Equal("wf_kyc_onboarding", done.WorkflowId);
        Assert.Equal(["POST", "GET", "GET"], handler.Seen.Select(s => s.Method));
        Assert.InRange(elapsed.TotalSeconds, 3, 4); // polls after 1 s and 2 more
    }
}
