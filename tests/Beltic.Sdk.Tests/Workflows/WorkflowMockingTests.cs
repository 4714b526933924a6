using Beltic.Workflows;

namespace Beltic.Sdk.Tests.Workflows;

/// <summary>Code that uses the Workflows client can be tested without a server, like every area.</summary>
public class WorkflowMockingTests
{
    private sealed class FakeWorkflows : WorkflowsClient
    {
        public override Task<WorkflowExecution> ExecuteAsync(WorkflowExecuteOptions options, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
            => Task.FromResult(new WorkflowExecution { ExecutionId = "exec_fake", WorkflowId = options.WorkflowId, Status = WorkflowExecutionStatus.Paused });

        public override Task<WorkflowExecution> WaitForExecutionAsync(WorkflowExecution execution, WorkflowWaitOptions? waitOptions = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
            => Task.FromResult(execution with { Status = WorkflowExecutionStatus.Completed });
    }

    private sealed class FakeBeltic : BelticClient
    {
        public override WorkflowsClient Workflows { get; } = new FakeWorkflows();
    }

    [Fact]
    public async Task A_mocked_client_runs_and_waits()
    {
        var beltic = new FakeBeltic();

        var run = await beltic.Workflows.ExecuteAsync(new WorkflowExecuteOptions("wf_1"));
        var done = await beltic.Workflows.WaitForExecutionAsync(run);

        Assert.True(run.IsPaused);
        Assert.True(done.IsCompleted);
        Assert.Equal("wf_1", done.WorkflowId);
    }

    [Fact]
    public async Task Members_not_overridden_say_the_client_is_a_mock()
    {
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => new FakeWorkflows().ListAsync());

        Assert.Contains("mocking", ex.Message);
    }

    [Fact]
    public void The_documented_defaults()
    {
        var wait = new WorkflowWaitOptions();

        Assert.Equal(TimeSpan.FromMinutes(10), wait.Timeout);
        Assert.Equal(TimeSpan.FromSeconds(1), wait.InitialInterval);
        Assert.Equal(TimeSpan.FromSeconds(30), wait.MaxInterval);
        Assert.Equal(TimeSpan.FromMinutes(5), WorkflowsClient.DefaultExecuteTimeout);
        Assert.True(WorkflowExecutionStatus.Cancelled.IsTerminal);
        Assert.False(new WorkflowExecutionStatus("running").IsTerminal);
    }
}
