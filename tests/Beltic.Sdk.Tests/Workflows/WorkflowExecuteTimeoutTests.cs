using System.Net;
using Beltic.Sdk.Tests.Support;
using Beltic.Workflows;

namespace Beltic.Sdk.Tests.Workflows;

/// <summary>
/// A run holds the connection open until it ends or pauses: execute brings its own attempt time (5 min), so the
/// client's short AttemptTimeout never cuts a legitimate run; RequestOptions.Timeout overrides it either way.
/// </summary>
public class WorkflowExecuteTimeoutTests
{
    /// <summary>A server that answers after <paramref name="delay"/> of fake time.</summary>
    private static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> AnswerAfter(Func<TestHost> host, TimeSpan delay, string body = WorkflowFixtures.CompletedJson)
        => async (_, ct) =>
        {
            await Task.Delay(delay, host().Time, ct);
            return WorkflowFixtures.Json(body);
        };

    [Fact]
    public async Task A_run_longer_than_the_client_attempt_and_total_timeouts_is_not_cut()
    {
        TestHost host = null!;
        var handler = new ScriptedHandler(AnswerAfter(() => host, TimeSpan.FromSeconds(10)));
        using var _ = host = WorkflowFixtures.HostWith(handler, o => { o.AttemptTimeout = TimeSpan.FromSeconds(1); o.Timeout = TimeSpan.FromSeconds(2); });

        var (run, elapsed) = await host.RunAsync(() => host.Client.Workflows.ExecuteAsync(new WorkflowExecuteOptions("wf_kyc_onboarding")));

        Assert.True(run.IsCompleted);
        Assert.Equal(1, handler.Calls);
        Assert.True(elapsed >= TimeSpan.FromSeconds(10), $"answered after only {elapsed}");
    }

    [Fact]
    public async Task The_same_slow_answer_is_cut_for_an_ordinary_call()
    {
        TestHost host = null!;
        var handler = new ScriptedHandler(AnswerAfter(() => host, TimeSpan.FromSeconds(10)));
        using var _ = host = WorkflowFixtures.HostWith(handler, o => { o.AttemptTimeout = TimeSpan.FromSeconds(1); o.Timeout = TimeSpan.FromSeconds(2); });

        var (ex, elapsed) = await host.RunThrowsAsync<BelticTransportException>(() => host.Client.Workflows.GetExecutionStatusAsync("exec_1"));

        Assert.True(ex.IsTimeout);
        Assert.True(elapsed < TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task The_default_attempt_time_of_execute_is_five_minutes()
    {
        TestHost host = null!;
        var handler = new ScriptedHandler(ScriptedHandler.Hang());
        using var _ = host = WorkflowFixtures.HostWith(handler);

        var (call, elapsed) = await WorkflowFixtures.DriveAsync(host, () => host.Client.Workflows.ExecuteAsync(new WorkflowExecuteOptions("wf_1")), TimeSpan.FromSeconds(5));

        var ex = Assert.IsType<BelticTransportException>(call.Exception!.InnerException);
        Assert.True(ex.IsTimeout);
        Assert.Equal(TimeSpan.FromMinutes(5), WorkflowsClient.DefaultExecuteTimeout);
        Assert.InRange(elapsed, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(6));
        Assert.Equal(1, handler.Calls); // the attempt used the whole call's time: nothing left to retry in
    }

    [Fact]
    public async Task A_shorter_per_call_timeout_overrides_the_default()
    {
        TestHost host = null!;
        var handler = new ScriptedHandler(AnswerAfter(() => host, TimeSpan.FromSeconds(10)));
        using var _ = host = WorkflowFixtures.HostWith(handler);

        var (ex, elapsed) = await host.RunThrowsAsync<BelticTransportException>(
            () => host.Client.Workflows.ExecuteAsync(new WorkflowExecuteOptions("wf_1"), new RequestOptions { Timeout = TimeSpan.FromSeconds(3) }));

        Assert.True(ex.IsTimeout);
        Assert.InRange(elapsed, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(4));
        Assert.Equal(1, handler.Calls);
    }

    [Fact]
    public async Task A_longer_per_call_timeout_lets_one_attempt_run_past_five_minutes()
    {
        TestHost host = null!;
        var handler = new ScriptedHandler(AnswerAfter(() => host, TimeSpan.FromMinutes(8), WorkflowFixtures.PausedJson));
        using var _ = host = WorkflowFixtures.HostWith(handler);

        var (call, elapsed) = await WorkflowFixtures.DriveAsync(host,
            () => host.Client.Workflows.ExecuteAsync(new WorkflowExecuteOptions("wf_1"), new RequestOptions { Timeout = TimeSpan.FromMinutes(20) }),
            TimeSpan.FromSeconds(5));

        Assert.Null(call.Exception);
        Assert.True((await (Task<WorkflowExecution>)call).IsPaused);
        Assert.True(elapsed >= TimeSpan.FromMinutes(8));
        Assert.Equal(1, handler.Calls);
    }

    [Fact]
    public async Task A_timed_out_attempt_within_a_longer_total_is_retried_with_the_same_key()
    {
        TestHost host = null!;
        var handler = new ScriptedHandler(ScriptedHandler.Hang(), (_, _) => Task.FromResult(WorkflowFixtures.Json(WorkflowFixtures.CompletedJson, HttpStatusCode.OK)));
        using var _ = host = WorkflowFixtures.HostWith(handler, o => o.Timeout = TimeSpan.FromMinutes(12));

        var (call, elapsed) = await WorkflowFixtures.DriveAsync(host, () => host.Client.Workflows.ExecuteAsync(new WorkflowExecuteOptions("wf_1")), TimeSpan.FromSeconds(5));

        Assert.Null(call.Exception);
        Assert.Equal(2, handler.Calls);
        Assert.True(elapsed >= TimeSpan.FromMinutes(5));
        Assert.Equal(handler.Seen[0].Headers["Idempotency-Key"], handler.Seen[1].Headers["Idempotency-Key"]);
        Assert.Equal(handler.Seen[0].Body, handler.Seen[1].Body);
    }
}
