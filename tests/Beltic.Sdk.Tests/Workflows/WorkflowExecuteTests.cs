using System.Net;
using System.Text.Json;
using Beltic.Sdk.Tests.Support;
using Beltic.Workflows;
using Snapshooter.Xunit;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Beltic.Sdk.Tests.Workflows;

/// <summary>POST /v1/workflows/execute: the request, the four outcomes, idempotency on retry, errors and validation.</summary>
public class WorkflowExecuteTests
{
    private const string ExecutePath = "/v1/workflows/execute";

    private static WorkflowExecuteOptions Full() => new("wf_kyc_onboarding")
    {
        Workflow = Json.Parse("""{"blocks":{"doc_check":{"type":"document_verification"}},"edges":[]}"""),
        UseDraftState = true,
        ExecutionId = "exec_client_chosen_1",
        Input = Json.Parse("""{"accountId":"acc_42","documentId":"doc_7","country":"US"}"""),
        EnvironmentVariables = new Dictionary<string, string> { ["SANCTIONS_LIST"] = "ofac", ["region"] = "us-east" },
        WorkflowVariables = Json.Parse("""{"riskThreshold":0.8,"reviewers":["ops@widgetcorp.example"]}"""),
        MaxParallelNodes = 4,
        ParentExecutionId = "exec_parent_9",
        RunFromBlock = Json.Parse("""{"blockId":"sanctions","executionId":"exec_earlier_3"}"""),
        CallChain = ["wf_parent", "wf_kyc_onboarding"],
    };

    [Fact]
    public async Task Execute_sends_every_documented_member_in_camel_case()
    {
        using var host = new TestHost();
        host.Reply("POST", ExecutePath, WorkflowFixtures.CompletedJson);

        await host.Client.Workflows.ExecuteAsync(Full());

        var r = host.SingleRequest();
        Assert.Equal("POST", r.RequestMessage!.Method);
        Assert.StartsWith("application/json", Json.Header(r, "Content-Type"));
        Assert.Equal(TestHost.ApiKey, Json.Header(r, "X-Api-Key"));
        Assert.True(Guid.TryParse(Json.Header(r, "Idempotency-Key"), out _));
        r.SentJson().MatchSnapshot();
    }

    [Fact]
    public async Task Execute_with_only_a_workflow_id_sends_nothing_else()
    {
        using var host = new TestHost();
        host.Reply("POST", ExecutePath, WorkflowFixtures.CompletedJson);

        await host.Client.Workflows.ExecuteAsync(new WorkflowExecuteOptions("wf_kyc_onboarding"));

        Assert.Equal("""{"workflowId":"wf_kyc_onboarding"}""", host.SingleRequest().RequestMessage!.Body);
    }

    [Fact]
    public async Task A_completed_run_exposes_output_logs_and_final_state()
    {
        using var host = new TestHost();
        host.Reply("POST", ExecutePath, WorkflowFixtures.CompletedJson);

        var run = await host.Client.Workflows.ExecuteAsync(new WorkflowExecuteOptions("wf_kyc_onboarding"));

        Assert.True(run.IsCompleted);
        Assert.True(run.IsTerminal);
        Assert.False(run.IsPaused || run.IsFailed || run.IsCancelled);
        Assert.Equal(WorkflowExecutionStatus.Completed, run.Status);
        Assert.True(run.Success);
        Assert.Equal("exec_01HQ", run.ExecutionId);
        Assert.Equal("wf_kyc_onboarding", run.WorkflowId); // filled from the request
        Assert.Equal("pass", run.Output["doc_check"].GetProperty("verdict").GetString());
        Assert.Equal(0, run.Output["sanctions"].GetProperty("hits").GetInt32());
        Assert.Empty(run.PausePoints);
        Assert.Equal(2310, Assert.Single(run.Logs).GetProperty("durationMs").GetInt32());
        Assert.True(run.FinalState!.Value.GetProperty("blockStates").GetProperty("sanctions").GetProperty("done").GetBoolean());
        Assert.Null(run.Error);
        Assert.Equal("trc_9", run.AdditionalProperties!["traceId"].GetString());
        Assert.Equal(HttpStatusCode.OK, run.RawResponse!.StatusCode);
    }

    [Fact]
    public async Task A_paused_run_is_a_202_result_with_its_pause_points()
    {
        using var host = new TestHost();
        host.Reply("POST", ExecutePath, WorkflowFixtures.PausedJson, 202);

        var run = await host.Client.Workflows.ExecuteAsync(new WorkflowExecuteOptions("wf_kyc_onboarding"));

        Assert.True(run.IsPaused);
        Assert.False(run.IsTerminal);
        Assert.Equal(HttpStatusCode.Accepted, run.RawResponse!.StatusCode);
        Assert.Equal("manual_review", Assert.Single(run.PausePoints).GetProperty("blockId").GetString());
        Assert.Equal("refer", run.Output["doc_check"].GetProperty("verdict").GetString());
        Assert.Null(run.FinalState);
    }

    [Fact]
    public async Task A_failed_run_is_a_result_with_its_error_not_an_exception()
    {
        using var host = new TestHost();
        host.Reply("POST", ExecutePath, WorkflowFixtures.FailedJson);

        var run = await host.Client.Workflows.ExecuteAsync(new WorkflowExecuteOptions("wf_kyc_onboarding"));

        Assert.True(run.IsFailed);
        Assert.True(run.IsTerminal);
        Assert.False(run.Success);
        Assert.Equal("sanctions_screening: upstream provider timed out", run.Error);
        Assert.Equal("exec_02", run.ExecutionId);
        Assert.Single(host.Requests); // a failed run is not retried: it is a 200
    }

    [Fact]
    public async Task A_cancelled_run_and_an_unknown_status_come_through()
    {
        using var host = new TestHost();
        host.Reply("POST", ExecutePath, WorkflowFixtures.CancelledJson);

        var cancelled = await host.Client.Workflows.ExecuteAsync(new WorkflowExecuteOptions("wf_1"));
        host.Server.Reset();
        host.Reply("POST", ExecutePath, """{"success":true,"status":"queued","executionId":"exec_4"}""");
        var queued = await host.Client.Workflows.ExecuteAsync(new WorkflowExecuteOptions("wf_1"));

        Assert.True(cancelled.IsCancelled);
        Assert.True(cancelled.IsTerminal);
        Assert.Equal("queued", queued.Status.Value);
        Assert.False(queued.IsTerminal || queued.IsPaused || queued.IsCompleted);
    }

    [Theory]
    [InlineData(202, """{"executionId":"exec_5","pausePoints":[{"blockId":"b"}]}""", "paused")]
    [InlineData(200, """{"success":true,"executionId":"exec_5"}""", "completed")]
    [InlineData(200, """{"success":false,"executionId":"exec_5","error":{"code":"block_failed","blockId":"kyc"}}""", "failed")]
    public async Task Without_a_status_member_the_http_code_or_success_decides(int code, string body, string expected)
    {
        using var host = new TestHost();
        host.Reply("POST", ExecutePath, body, code);

        var run = await host.Client.Workflows.ExecuteAsync(new WorkflowExecuteOptions("wf_1"));

        Assert.Equal(expected, run.Status.Value);
        if (run.IsFailed)
        {
            Assert.Equal("""{"code":"block_failed","blockId":"kyc"}""", run.Error); // an object error is kept as its JSON
        }
    }

    [Fact]
    public async Task Null_collections_in_the_answer_read_as_empty()
    {
        using var host = new TestHost();
        host.Reply("POST", ExecutePath, """{"success":true,"status":null,"executionId":"e","output":null,"pausePoints":null,"logs":null,"finalState":null,"error":null}""");

        var run = await host.Client.Workflows.ExecuteAsync(new WorkflowExecuteOptions("wf_1"));

        Assert.True(run.IsCompleted); // a null status reads as missing: success decides
        Assert.Null(run.Error);
        Assert.Empty(run.Output);
        Assert.Empty(run.PausePoints);
        Assert.Empty(run.Logs);
        Assert.Null(run.FinalState);
    }

    [Fact]
    public async Task A_retried_execute_resends_the_same_key_and_body()
    {
        using var host = new TestHost();
        host.Server.Given(Request.Create().WithPath(ExecutePath).UsingPost()).InScenario("x").WillSetStateTo("ok")
            .RespondWith(Response.Create().WithStatusCode(503).WithBody("""{"error":{"code":"upstream_error","message":"busy"}}"""));
        host.Server.Given(Request.Create().WithPath(ExecutePath).UsingPost()).InScenario("x").WhenStateIs("ok")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(WorkflowFixtures.CompletedJson));

        var (run, _) = await host.RunAsync(() => host.Client.Workflows.ExecuteAsync(Full()));

        Assert.True(run.IsCompleted);
        Assert.Equal(2, host.Requests.Count);
        var keys = host.Requests.Select(r => Json.Header(r, "Idempotency-Key")).ToArray();
        Assert.Equal(keys[0], keys[1]);
        Assert.True(Guid.TryParse(keys[0], out _));
        Assert.Equal(host.Requests[0].RequestMessage!.Body, host.Requests[1].RequestMessage!.Body);
        Assert.Equal(keys[0], run.RawResponse!.IdempotencyKey);
    }

    [Fact]
    public async Task The_callers_idempotency_key_is_sent_on_every_attempt_and_two_runs_never_share_one()
    {
        using var host = new TestHost();
        host.Server.Given(Request.Create().WithPath(ExecutePath).UsingPost()).InScenario("y").WillSetStateTo("ok")
            .RespondWith(Response.Create().WithStatusCode(502));
        host.Server.Given(Request.Create().WithPath(ExecutePath).UsingPost()).InScenario("y").WhenStateIs("ok")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(WorkflowFixtures.CompletedJson));

        await host.RunAsync(() => host.Client.Workflows.ExecuteAsync(new WorkflowExecuteOptions("wf_1"), new RequestOptions { IdempotencyKey = "onboard-acc_42" }));
        await host.RunAsync(() => host.Client.Workflows.ExecuteAsync(new WorkflowExecuteOptions("wf_1")));
        await host.RunAsync(() => host.Client.Workflows.ExecuteAsync(new WorkflowExecuteOptions("wf_1")));

        // The scenario starts over, so each call is one 502 and one retried 200: keys pair up per call.
        var keys = host.Requests.Select(r => Json.Header(r, "Idempotency-Key")).ToArray();
        Assert.Equal(6, keys.Length);
        Assert.Equal(["onboard-acc_42", "onboard-acc_42"], keys[..2]);
        Assert.Equal(keys[2], keys[3]);
        Assert.Equal(keys[4], keys[5]);
        Assert.Equal(3, keys.Distinct().Count());
    }

    [Theory]
    [InlineData(401, typeof(BelticAuthenticationException), "unauthorized")]
    [InlineData(403, typeof(BelticForbiddenException), "forbidden")]
    [InlineData(404, typeof(BelticNotFoundException), "not_found")]
    [InlineData(409, typeof(BelticConflictException), "idempotency_key_conflict")]
    [InlineData(422, typeof(BelticValidationException), "validation_failed")]
    public async Task Error_answers_are_typed_exceptions_and_never_retried(int status, Type expected, string code)
    {
        using var host = new TestHost();
        host.Reply("POST", ExecutePath, $$$"""{"error":{"code":"{{{code}}}","message":"Missing scope: workflows:execute"}}""", status);

        var ex = await Assert.ThrowsAnyAsync<BelticApiException>(() => host.Client.Workflows.ExecuteAsync(new WorkflowExecuteOptions("wf_1")));

        Assert.IsType(expected, ex);
        Assert.Equal(code, ex.ErrorCode);
        Assert.Equal("req_" + status, ex.RequestId);
        Assert.Single(host.Requests);
        if (ex is BelticForbiddenException forbidden)
        {
            Assert.Equal("workflows:execute", forbidden.MissingScope);
        }

        if (ex is BelticConflictException conflict)
        {
            Assert.True(conflict.IsIdempotencyKeyConflict);
        }
    }

    [Fact]
    public async Task A_rate_limited_execute_waits_for_retry_after_then_succeeds()
    {
        using var host = new TestHost();
        host.Server.Given(Request.Create().WithPath(ExecutePath).UsingPost()).InScenario("r").WillSetStateTo("ok")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "3").WithBody("""{"error":{"code":"rate_limited","message":"60/min"}}"""));
        host.Server.Given(Request.Create().WithPath(ExecutePath).UsingPost()).InScenario("r").WhenStateIs("ok")
            .RespondWith(Response.Create().WithStatusCode(202).WithBody(WorkflowFixtures.PausedJson));

        var (run, elapsed) = await host.RunAsync(() => host.Client.Workflows.ExecuteAsync(new WorkflowExecuteOptions("wf_1")));

        Assert.True(run.IsPaused);
        Assert.True(elapsed >= TimeSpan.FromSeconds(3), $"waited only {elapsed}");
    }

    public static TheoryData<string, Func<WorkflowsClient, Task>> BadOptions => new()
    {
        { "null options", c => c.ExecuteAsync(null!) },
        { "empty workflow id", c => c.ExecuteAsync(new WorkflowExecuteOptions("wf") { WorkflowId = " " }) },
        { "max parallel nodes 0", c => c.ExecuteAsync(new WorkflowExecuteOptions("wf") { MaxParallelNodes = 0 }) },
        { "max parallel nodes -1", c => c.ExecuteAsync(new WorkflowExecuteOptions("wf") { MaxParallelNodes = -1 }) },
        { "empty call chain", c => c.ExecuteAsync(new WorkflowExecuteOptions("wf") { CallChain = [] }) },
        { "blank call chain entry", c => c.ExecuteAsync(new WorkflowExecuteOptions("wf") { CallChain = ["wf_a", ""] }) },
        { "input not an object", c => c.ExecuteAsync(new WorkflowExecuteOptions("wf") { Input = Json.Parse("[1]") }) },
        { "workflow not an object", c => c.ExecuteAsync(new WorkflowExecuteOptions("wf") { Workflow = Json.Parse("\"graph\"") }) },
        { "variables not an object", c => c.ExecuteAsync(new WorkflowExecuteOptions("wf") { WorkflowVariables = Json.Parse("42") }) },
        { "run from block not an object", c => c.ExecuteAsync(new WorkflowExecuteOptions("wf") { RunFromBlock = default(JsonElement) }) },
        { "blank execution id", c => c.ExecuteAsync(new WorkflowExecuteOptions("wf") { ExecutionId = "" }) },
        { "blank parent execution id", c => c.ExecuteAsync(new WorkflowExecuteOptions("wf") { ParentExecutionId = " " }) },
        { "blank environment variable name", c => c.ExecuteAsync(new WorkflowExecuteOptions("wf") { EnvironmentVariables = new Dictionary<string, string> { [" "] = "x" } }) },
        { "bad per-call timeout", c => c.ExecuteAsync(new WorkflowExecuteOptions("wf"), new RequestOptions { Timeout = TimeSpan.Zero }) },
        { "bad per-call key", c => c.ExecuteAsync(new WorkflowExecuteOptions("wf"), new RequestOptions { ApiKey = "sk_test_nope" }) },
    };

    [Theory]
    [MemberData(nameof(BadOptions), DisableDiscoveryEnumeration = true)]
    public async Task Bad_options_throw_before_anything_is_sent(string why, Func<WorkflowsClient, Task> call)
    {
        using var host = new TestHost();

        var ex = await Assert.ThrowsAnyAsync<ArgumentException>(() => call(host.Client.Workflows));

        Assert.False(string.IsNullOrWhiteSpace(ex.Message), why);
        Assert.Empty(host.Requests);
    }

    [Fact]
    public void The_options_constructor_refuses_an_empty_workflow_id()
    {
        Assert.Throws<ArgumentException>(() => new WorkflowExecuteOptions(""));
        Assert.Throws<ArgumentNullException>(() => new WorkflowExecuteOptions(null!));
    }
}
