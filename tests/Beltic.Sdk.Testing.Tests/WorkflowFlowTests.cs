using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Beltic.Testing;
using Beltic.Workflows;
using Microsoft.Extensions.Time.Testing;

namespace Beltic.Sdk.Testing.Tests;

/// <summary>Workflows through a real BelticClient: runs that complete, fail, pause for review and end; workflow lifecycle.</summary>
public class WorkflowFlowTests
{
    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    [Fact]
    public async Task A_run_completes_with_output_keyed_by_block_and_shows_as_the_workflows_last_execution()
    {
        await using var fake = BelticFake.CreateInMemory();
        using var beltic = fake.CreateClient();

        var run = await beltic.Workflows.ExecuteAsync(new WorkflowExecuteOptions("wf_kyc_onboarding") { Input = Json("""{"accountId":"acc_42"}"""), MaxParallelNodes = 4 });
        var listed = await beltic.Workflows.ListAsync(new WorkflowListOptions { Deployed = true });

        Assert.Equal(HttpStatusCode.OK, run.RawResponse!.StatusCode);
        Assert.True(run.IsCompleted);
        Assert.True(run.Success);
        Assert.Equal(["doc_check", "identity", "issue", "sanctions"], run.Output.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("approved", run.Output["doc_check"].GetProperty("verdict").GetString());
        Assert.Equal(4, run.Logs.Count);
        Assert.NotNull(run.FinalState);
        Assert.Empty(run.PausePoints);

        var sent = Assert.Single(fake.Journal.To("POST", "/v1/workflows/execute"));
        var body = JsonNode.Parse(sent.Body)!;
        Assert.Equal("wf_kyc_onboarding", (string?)body["workflowId"]);
        Assert.Equal("acc_42", (string?)body["options"]!["input"]!["accountId"]);
        Assert.Equal(4, (int?)body["options"]!["maxParallelNodes"]);
        Assert.NotNull(sent.Header("Idempotency-Key"));

        Assert.Equal(2, listed.Items.Count);
        var kyc = Assert.Single(listed.Items, w => w.Id == "wf_kyc_onboarding");
        Assert.Equal(run.ExecutionId, kyc.LastExecution!.ExecutionId);
        Assert.Null(kyc.State); // lists carry metadata only
    }

    [Fact]
    public async Task A_run_whose_input_asks_for_review_answers_202_paused_and_waiting_sees_it_complete()
    {
        await using var fake = BelticFake.CreateInMemory(new BelticFakeOptions { WorkflowReviewTime = TimeSpan.FromMilliseconds(300) });
        using var beltic = fake.CreateClient();

        var run = await beltic.Workflows.ExecuteAsync(new WorkflowExecuteOptions("wf_kyb_onboarding") { Input = Json("""{"businessId":"biz_1","review":true}""") });

        Assert.Equal(HttpStatusCode.Accepted, run.RawResponse!.StatusCode);
        Assert.True(run.IsPaused);
        Assert.Equal("sanctions", Assert.Single(run.PausePoints).GetProperty("blockId").GetString());
        Assert.Equal(["business"], run.Output.Keys);
        Assert.Equal("wf_kyb_onboarding", run.WorkflowId);

        var done = await beltic.Workflows.WaitForExecutionAsync(run, new WorkflowWaitOptions { InitialInterval = TimeSpan.FromMilliseconds(50), MaxInterval = TimeSpan.FromMilliseconds(100), Timeout = TimeSpan.FromSeconds(30) });

        Assert.True(done.IsCompleted);
        Assert.Equal(run.ExecutionId, done.ExecutionId);
        Assert.Equal(3, done.Output.Count);
        var polls = fake.Journal.To("GET", $"/v1/workflows/status/{run.ExecutionId}");
        Assert.True(polls.Count >= 2, $"expected the wait to poll while paused, saw {polls.Count} polls");
        Assert.All(polls, p => Assert.Equal(200, p.StatusCode));
    }

    [Fact]
    public async Task A_paused_run_stays_paused_until_the_fake_clock_passes_the_review_time_or_a_reviewer_decides()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        await using var fake = BelticFake.CreateInMemory(new BelticFakeOptions { TimeProvider = clock, WorkflowReviewTime = TimeSpan.FromMinutes(5) });
        using var beltic = fake.CreateClient();
        var review = new WorkflowExecuteOptions("wf_kyc_onboarding") { Input = Json("""{"review":true}""") };

        var first = await beltic.Workflows.ExecuteAsync(review);
        var second = await beltic.Workflows.ExecuteAsync(review);
        clock.Advance(TimeSpan.FromMinutes(4));
        var stillPaused = await beltic.Workflows.GetExecutionStatusAsync(first.ExecutionId!);
        Assert.True(fake.CompleteWorkflowReview(second.ExecutionId!, approved: false));
        var rejected = await beltic.Workflows.GetExecutionStatusAsync(second.ExecutionId!);
        clock.Advance(TimeSpan.FromMinutes(1));
        var approved = await beltic.Workflows.GetExecutionStatusAsync(first.ExecutionId!);

        Assert.True(stillPaused.IsPaused);
        Assert.True(rejected.IsFailed);
        Assert.False(rejected.Success);
        Assert.Equal("Rejected in manual review.", rejected.Error);
        Assert.True(approved.IsCompleted);
        Assert.Equal(4, approved.Output.Count);
        Assert.False(fake.CompleteWorkflowReview(first.ExecutionId!)); // already ended
    }

    [Fact]
    public async Task Resuming_a_paused_run_from_a_block_completes_the_same_execution()
    {
        var clock = new FakeTimeProvider();
        await using var fake = BelticFake.CreateInMemory(new BelticFakeOptions { TimeProvider = clock });
        using var beltic = fake.CreateClient();

        var paused = await beltic.Workflows.ExecuteAsync(new WorkflowExecuteOptions("wf_kyc_onboarding") { Input = Json("""{"review":true}""") });
        var resumed = await beltic.Workflows.ResumeAsync(paused, Json("""{"blockId":"identity"}"""));
        var executions = await beltic.Workflows.ListExecutionsAsync(new WorkflowExecutionListOptions { WorkflowId = "wf_kyc_onboarding" });

        Assert.True(resumed.IsCompleted);
        Assert.Equal(paused.ExecutionId, resumed.ExecutionId);
        var sent = JsonNode.Parse(fake.Journal.To("POST", "/v1/workflows/execute")[1].Body)!;
        Assert.Equal(paused.ExecutionId, (string?)sent["options"]!["executionId"]);
        Assert.Equal("identity", (string?)sent["runFromBlock"]!["blockId"]);
        Assert.True(Assert.Single(executions.Items).IsCompleted);
    }

    [Fact]
    public async Task A_failing_run_is_a_result_not_an_exception_and_unknown_workflows_are_404()
    {
        await using var fake = BelticFake.CreateInMemory();
        using var beltic = fake.CreateClient();

        var failed = await beltic.Workflows.ExecuteAsync(new WorkflowExecuteOptions("wf_kyc_onboarding") { Input = Json("""{"fail":"Document unreadable"}""") });
        var missing = await Assert.ThrowsAsync<BelticNotFoundException>(() => beltic.Workflows.ExecuteAsync(new WorkflowExecuteOptions("wf_nope")));

        Assert.Equal(HttpStatusCode.OK, failed.RawResponse!.StatusCode);
        Assert.True(failed.IsFailed);
        Assert.Equal("Document unreadable", failed.Error);
        Assert.Equal(404, (int)missing.StatusCode);
        Assert.Equal("not_found", missing.ErrorCode);
    }

    [Fact]
    public async Task A_created_workflow_runs_only_once_deployed_and_its_graph_needs_the_editor_scope()
    {
        await using var fake = BelticFake.CreateInMemory();
        using var beltic = fake.CreateClient();
        fake.AddApiKey("sk_staging_reader", "workflows:read");
        using var reader = fake.CreateClient(o => o.ApiKey = "sk_staging_reader");
        var graph = Json("""{"blocks":{"lookup":{"type":"business_lookup"},"screen":{"type":"sanctions_screening"}},"edges":[],"loops":{},"parallels":{}}""");

        var created = await beltic.Workflows.CreateAsync(new WorkflowCreateOptions("KYB light") { State = graph });
        var notDeployed = await Assert.ThrowsAsync<BelticConflictException>(() => beltic.Workflows.ExecuteAsync(new WorkflowExecuteOptions(created.Id!)));
        var draftRun = await beltic.Workflows.ExecuteAsync(new WorkflowExecuteOptions(created.Id!) { UseDraftState = true });
        var deployed = await beltic.Workflows.DeployAsync(created.Id!);
        var run = await beltic.Workflows.ExecuteAsync(new WorkflowExecuteOptions(created.Id!));
        var asEditor = await beltic.Workflows.GetAsync(created.Id!);
        var asReader = await reader.Workflows.GetAsync(created.Id!);
        var forbidden = await Assert.ThrowsAsync<BelticForbiddenException>(() => reader.Workflows.ExecuteAsync(new WorkflowExecuteOptions(created.Id!)));
        var updated = await beltic.Workflows.SetStateAsync(created.Id!, Json("""{"blocks":{"lookup":{"type":"business_lookup"}}}"""));
        await beltic.Workflows.DeleteAsync(created.Id!);
        var gone = await Assert.ThrowsAsync<BelticNotFoundException>(() => beltic.Workflows.GetAsync(created.Id!));

        Assert.False(created.IsDeployed);
        Assert.Equal("workflow_not_deployed", notDeployed.ErrorCode);
        Assert.True(draftRun.IsCompleted);
        Assert.True(deployed.IsDeployed);
        Assert.NotNull(deployed.DeployedAt);
        Assert.Equal(["lookup", "screen"], run.Output.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(JsonValueKind.Object, asEditor.State!.Value.ValueKind);
        Assert.Null(asReader.State);
        Assert.Equal("workflows:execute", forbidden.MissingScope);
        Assert.Equal(created.Version + 1, updated.Version);
        Assert.Equal(404, (int)gone.StatusCode);
    }

    [Fact]
    public async Task A_run_retried_after_a_dropped_answer_runs_once()
    {
        await using var fake = BelticFake.CreateInMemory();
        using var beltic = fake.CreateClient();
        fake.Faults.DropConnection("POST", "/v1/workflows/execute", afterProcessing: true);

        var run = await beltic.Workflows.ExecuteAsync(new WorkflowExecuteOptions("wf_kyb_onboarding"));
        var all = await beltic.Workflows.ListExecutionsAsync();

        var attempts = fake.Journal.To("POST", "/v1/workflows/execute");
        Assert.Equal(2, attempts.Count);
        Assert.Equal(attempts[0].Header("Idempotency-Key"), attempts[1].Header("Idempotency-Key"));
        Assert.Equal(attempts[0].Body, attempts[1].Body);
        Assert.Equal(run.ExecutionId, Assert.Single(all.Items).ExecutionId);
    }

    [Fact]
    public async Task Bad_execute_bodies_get_a_400_naming_the_field()
    {
        await using var fake = BelticFake.CreateInMemory();
        using var raw = IdentityTestFiles.Raw(fake, fake.ApiKey);

        var noId = await IdentityTestFiles.PostJsonAsync(raw, "/v1/workflows/execute", """{"options":{}}""");
        var badNodes = await IdentityTestFiles.PostJsonAsync(raw, "/v1/workflows/execute", """{"workflowId":"wf_kyc_onboarding","options":{"maxParallelNodes":0}}""");
        var emptyChain = await IdentityTestFiles.PostJsonAsync(raw, "/v1/workflows/execute", """{"workflowId":"wf_kyc_onboarding","callChain":[]}""");
        var orphanResume = await IdentityTestFiles.PostJsonAsync(raw, "/v1/workflows/execute", """{"workflowId":"wf_kyc_onboarding","runFromBlock":{"blockId":"x"},"options":{"executionId":"exec_missing"}}""");

        Assert.Equal(400, noId.Status);
        Assert.Equal("workflowId", (string?)noId.Body!["error"]!["details"]!["fields"]![0]!["field"]);
        Assert.Equal(400, badNodes.Status);
        Assert.Equal("options.maxParallelNodes", (string?)badNodes.Body!["error"]!["details"]!["fields"]![0]!["field"]);
        Assert.Equal(400, emptyChain.Status);
        Assert.Equal(404, orphanResume.Status);
    }
}
