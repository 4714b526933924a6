using Beltic.Sdk.Tests.Support;
using Beltic.Workflows;

namespace Beltic.Sdk.Tests.Workflows;

/// <summary>The execution lists: global and per workflow, bare or wrapped arrays.</summary>
public class WorkflowExecutionListTests
{
    private const string Items = """
        [{"executionId":"exec_1","workflowId":"wf_a","status":"completed","updatedAt":"2026-05-21T10:00:00Z","startedAt":"2026-05-21T09:59:57Z"},
         {"executionId":"exec_2","workflowId":"wf_b","status":"paused","updatedAt":"2026-05-21T10:01:00Z"}]
        """;

    [Fact]
    public async Task The_global_list_reads_a_bare_array()
    {
        using var host = new TestHost();
        host.Reply("GET", "/v1/workflows/executions", Items);

        var page = await host.Client.Workflows.ListExecutionsAsync();

        var r = host.SingleRequest();
        Assert.Equal("GET", r.RequestMessage!.Method);
        Assert.Empty(r.RequestMessage.Query!);
        Assert.Equal(TestHost.ApiKey, Json.Header(r, "X-Api-Key"));
        Assert.Equal(["exec_1", "exec_2"], page.Items.Select(e => e.ExecutionId));
        Assert.True(page.Items[0].IsCompleted);
        Assert.True(page.Items[1].IsPaused);
        Assert.Equal("wf_b", page.Items[1].WorkflowId);
        Assert.Equal(new DateTimeOffset(2026, 5, 21, 10, 1, 0, TimeSpan.Zero), page.Items[1].UpdatedAt);
        Assert.Equal("2026-05-21T09:59:57Z", page.Items[0].AdditionalProperties!["startedAt"].GetString());
        Assert.False(page.HasMore);
        Assert.Null(page.ContinuationToken);
        Assert.Equal("req_200", page.RawResponse!.RequestId);
    }

    [Theory]
    [InlineData("executions")]
    [InlineData("items")]
    [InlineData("data")]
    public async Task A_workflows_list_reads_a_wrapped_array_and_fills_the_workflow_id(string wrapper)
    {
        using var host = new TestHost();
        host.Reply("GET", "/v1/workflows/wf_kyc_onboarding/executions", $$"""{"{{wrapper}}":[{"executionId":"exec_7","status":"failed","error":"timeout"}],"total":41}""");

        var page = await host.Client.Workflows.ListExecutionsAsync(new WorkflowExecutionListOptions { WorkflowId = "wf_kyc_onboarding" },
            new RequestOptions { ApiKey = WorkflowFixtures.OtherKey });

        var e = Assert.Single(page.Items);
        Assert.Equal("wf_kyc_onboarding", e.WorkflowId);
        Assert.True(e.IsFailed);
        Assert.Equal("timeout", e.Error);
        Assert.Equal(41, page.Total);
        Assert.Equal(WorkflowFixtures.OtherKey, Json.Header(host.SingleRequest(), "X-Api-Key"));
    }

    [Fact]
    public async Task Auto_paging_gives_the_one_page_and_refuses_a_continuation_token()
    {
        using var host = new TestHost();
        host.Reply("GET", "/v1/workflows/executions", Items);
        var pageable = host.Client.Workflows.ListExecutionsAutoPagingAsync();

        var ids = new List<string?>();
        await foreach (var e in pageable)
        {
            ids.Add(e.ExecutionId);
        }

        await Assert.ThrowsAsync<ArgumentException>(async () =>
        {
            await foreach (var _ in pageable.AsPages("next"))
            {
            }
        });

        Assert.Equal(["exec_1", "exec_2"], ids);
        Assert.Single(host.Requests);
    }

    [Fact]
    public async Task A_missing_scope_on_executions_is_forbidden()
    {
        using var host = new TestHost();
        host.Reply("GET", "/v1/workflows/executions", """{"error":{"code":"forbidden","message":"requires scope workflows:executions:read"}}""", 403);

        var ex = await Assert.ThrowsAsync<BelticForbiddenException>(() => host.Client.Workflows.ListExecutionsAsync());

        Assert.Equal("workflows:executions:read", ex.MissingScope);
    }
}
