using System.Text.Json.Nodes;
using Beltic.Testing.Hosting;
using Microsoft.AspNetCore.Http;

namespace Beltic.Testing.Workflows;

/// <summary>
/// Runs. What a run does is decided by its input: <c>"review": true</c> pauses it for review after its first block
/// (HTTP 202) until the review time passes on the fake's clock, a test calls <c>CompleteWorkflowReview</c>, or it is
/// resumed with <c>runFromBlock</c>; <c>"fail": "why"</c> (or <c>true</c>) fails it; anything else completes it.
/// </summary>
internal sealed partial class FakeWorkflows
{
    /// <summary>Ends a paused run as a reviewer would; false when there is no such paused run.</summary>
    public bool CompleteReview(string executionId, bool approved)
    {
        if (!_executions.TryGetValue(executionId, out var execution))
        {
            return false;
        }

        lock (execution)
        {
            var paused = execution.IsPaused;
            execution.FinishReview(approved, _state.Now);
            return paused;
        }
    }

    private async Task ExecuteAsync(HttpContext context)
    {
        if (await FakeHttp.ReadObjectAsync(context).ConfigureAwait(false) is not { } body)
        {
            return;
        }

        if (body["workflowId"] is not JsonValue w || !w.TryGetValue<string>(out var workflowId) || string.IsNullOrWhiteSpace(workflowId))
        {
            await InvalidAsync(context, "workflowId", "workflowId is required.").ConfigureAwait(false);
            return;
        }

        var options = body["options"] as JsonObject ?? [];
        if (Problem(body, options) is { } problem)
        {
            await InvalidAsync(context, problem.Field, problem.Message).ConfigureAwait(false);
            return;
        }

        if (!_workflows.TryGetValue(workflowId, out var workflow))
        {
            await FakeHttp.ErrorAsync(context, 404, "not_found", $"No workflow {workflowId}.").ConfigureAwait(false);
            return;
        }

        var executionId = Text(options["executionId"]);
        if (body["runFromBlock"] is JsonObject runFromBlock)
        {
            await RunFromBlockAsync(context, workflowId, executionId ?? Text(runFromBlock["executionId"])).ConfigureAwait(false);
            return;
        }

        IReadOnlyList<(string Id, string Type)>? blocks;
        lock (workflow)
        {
            var useDraft = body["useDraftState"] is JsonValue d && d.TryGetValue<bool>(out var b) && b;
            if (body["workflow"] is null && !useDraft && !workflow.IsDeployed)
            {
                blocks = null;
            }
            else
            {
                blocks = WorkflowGraphs.Blocks(body["workflow"] as JsonObject ?? workflow.State) ?? [];
            }
        }

        if (blocks is null)
        {
            await FakeHttp.ErrorAsync(context, 409, "workflow_not_deployed", $"Workflow {workflowId} is not deployed; deploy it or send useDraftState: true.").ConfigureAwait(false);
            return;
        }

        var input = options["input"] as JsonObject ?? [];
        var execution = new StoredExecution(executionId ?? _state.NewId("exec"), workflowId, blocks, _state.Now);
        Decide(execution, input);
        if (!_executions.TryAdd(execution.Id, execution))
        {
            await FakeHttp.ErrorAsync(context, 409, "execution_exists", $"An execution {execution.Id} already exists.").ConfigureAwait(false);
            return;
        }

        lock (workflow)
        {
            workflow.LastExecution = execution;
        }

        await WriteAsync(context, execution).ConfigureAwait(false);
    }

    private void Decide(StoredExecution execution, JsonObject input)
    {
        if (input["fail"] is JsonValue f && (f.TryGetValue<string>(out _) || (f.TryGetValue<bool>(out var yes) && yes)))
        {
            execution.Status = "failed";
            execution.Error = f.TryGetValue<string>(out var why) ? why : "The run failed (input.fail).";
            execution.BlocksRun = Math.Min(1, execution.Blocks.Count);
        }
        else if (input["review"] is JsonValue r && r.TryGetValue<bool>(out var review) && review)
        {
            execution.Status = "paused";
            execution.BlocksRun = Math.Min(1, execution.Blocks.Count);
            execution.ReviewDoneAt = _state.Now + _state.Options.WorkflowReviewTime;
        }
        else
        {
            execution.BlocksRun = execution.Blocks.Count;
        }
    }

    /// <summary>A paused run goes on to its end under its own id; a finished one is re-run from the block as a new execution.</summary>
    private async Task RunFromBlockAsync(HttpContext context, string workflowId, string? executionId)
    {
        if (executionId is null)
        {
            await InvalidAsync(context, "options.executionId", "runFromBlock needs the executionId of an existing execution.").ConfigureAwait(false);
            return;
        }

        if (!_executions.TryGetValue(executionId, out var earlier) || earlier.WorkflowId != workflowId)
        {
            await FakeHttp.ErrorAsync(context, 404, "not_found", $"No execution {executionId} of workflow {workflowId}.").ConfigureAwait(false);
            return;
        }

        StoredExecution result;
        lock (earlier)
        {
            if (earlier.IsPaused)
            {
                earlier.FinishReview(approved: true, _state.Now);
                result = earlier;
            }
            else
            {
                result = new StoredExecution(_state.NewId("exec"), workflowId, earlier.Blocks, _state.Now) { BlocksRun = earlier.Blocks.Count };
                _executions[result.Id] = result;
            }
        }

        if (_workflows.TryGetValue(workflowId, out var workflow))
        {
            lock (workflow)
            {
                workflow.LastExecution = result;
            }
        }

        await WriteAsync(context, result).ConfigureAwait(false);
    }

    private async Task StatusAsync(HttpContext context)
    {
        if (!_executions.TryGetValue((string)context.Request.RouteValues["executionId"]!, out var execution))
        {
            await FakeHttp.ErrorAsync(context, 404, "not_found", "No such execution.").ConfigureAwait(false);
            return;
        }

        JsonObject json;
        lock (execution)
        {
            Advance(execution);
            json = execution.ToJson();
        }

        await FakeHttp.JsonAsync(context, 200, json).ConfigureAwait(false);
    }

    private async Task ListExecutionsAsync(HttpContext context)
    {
        var workflowId = context.Request.RouteValues["id"] as string;
        if (workflowId is not null && !_workflows.ContainsKey(workflowId))
        {
            await FakeHttp.ErrorAsync(context, 404, "not_found", "No such workflow.").ConfigureAwait(false);
            return;
        }

        var list = new JsonArray();
        foreach (var execution in _executions.Values.OrderByDescending(e => e.StartedAt).ThenByDescending(e => e.Id, StringComparer.Ordinal))
        {
            if (workflowId is null || execution.WorkflowId == workflowId)
            {
                lock (execution)
                {
                    Advance(execution);
                    list.Add((JsonNode)execution.ToJson());
                }
            }
        }

        await FakeHttp.JsonAsync(context, 200, list).ConfigureAwait(false);
    }

    /// <summary>A paused run whose review time has passed on the fake's clock is approved.</summary>
    private void Advance(StoredExecution execution)
    {
        if (execution.IsPaused && execution.ReviewDoneAt is { } due && _state.Now >= due)
        {
            execution.FinishReview(approved: true, due);
        }
    }

    private static Task WriteAsync(HttpContext context, StoredExecution execution)
    {
        JsonObject json;
        lock (execution)
        {
            json = execution.ToJson();
        }

        return FakeHttp.JsonAsync(context, json["status"]!.GetValue<string>() == "paused" ? 202 : 200, json);
    }

    private static (string Field, string Message)? Problem(JsonObject body, JsonObject options)
    {
        if (body["options"] is { } o && o is not JsonObject)
        {
            return ("options", "options must be an object.");
        }

        if (options["input"] is { } i && i is not JsonObject)
        {
            return ("options.input", "options.input must be an object.");
        }

        if (options["maxParallelNodes"] is { } m && (m is not JsonValue v || !v.TryGetValue<int>(out var n) || n < 1))
        {
            return ("options.maxParallelNodes", "options.maxParallelNodes must be an integer of at least 1.");
        }

        if (body["callChain"] is { } c && (c is not JsonArray chain || chain.Count == 0 || chain.Any(x => string.IsNullOrEmpty(Text(x)))))
        {
            return ("callChain", "callChain must be a non-empty array of workflow ids.");
        }

        if (body["workflow"] is { } g && (g is not JsonObject graph || WorkflowGraphs.Blocks(graph) is null))
        {
            return ("workflow", "workflow must be a graph object whose blocks member is an object.");
        }

        return body["runFromBlock"] is { } r && r is not JsonObject ? ("runFromBlock", "runFromBlock must be an object.") : null;
    }

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;
}
