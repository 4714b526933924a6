using Beltic.Sdk.Tests.Support;
using Beltic.Workflows;

namespace Beltic.Sdk.Tests.Workflows;

/// <summary>With opt-in client-side rate limiting, runs count against their own per-key tier (60/min, burst 100).</summary>
public class WorkflowRateLimitTests
{
    [Fact]
    public async Task Runs_use_their_own_tier_and_other_workflow_calls_the_default_one()
    {
        using var host = new TestHost(o => { o.ClientSideRateLimiting = true; o.RateLimitQueueLimit = 0; });
        host.Reply("POST", "/v1/workflows/execute", WorkflowFixtures.CompletedJson);
        host.Reply("GET", "/v1/workflows", "[]");

        for (var i = 0; i < 100; i++)
        {
            await host.Client.Workflows.ExecuteAsync(new WorkflowExecuteOptions("wf_1")); // the burst of 100
        }

        var rejected = await Assert.ThrowsAsync<BelticRateLimitException>(() => host.Client.Workflows.ExecuteAsync(new WorkflowExecuteOptions("wf_1")));
        var list = await host.Client.Workflows.ListAsync();

        Assert.Equal("client_rate_limited", rejected.ErrorCode);
        Assert.Empty(list.Items);
        Assert.Equal(101, host.Requests.Count); // 100 runs and the list; the 101st run was never sent
        Assert.Equal(new Beltic.Http.RateLimitTier("workflow_execute", 60, 100), WorkflowsClient.ExecuteTier);
    }
}
