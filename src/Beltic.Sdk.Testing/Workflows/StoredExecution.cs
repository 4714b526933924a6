using System.Text.Json.Nodes;
using Beltic.Testing.Hosting;

namespace Beltic.Testing.Workflows;

/// <summary>One run: which blocks ran, where it paused, how it ended. Callers lock it to read or change it.</summary>
internal sealed class StoredExecution(string id, string workflowId, IReadOnlyList<(string Id, string Type)> blocks, DateTimeOffset startedAt)
{
    public string Id { get; } = id;

    public string WorkflowId { get; } = workflowId;

    public IReadOnlyList<(string Id, string Type)> Blocks { get; } = blocks;

    public string Status { get; set; } = "completed";

    public string? Error { get; set; }

    /// <summary>How many blocks have run (all of them once completed).</summary>
    public int BlocksRun { get; set; }

    public DateTimeOffset StartedAt { get; } = startedAt;

    public DateTimeOffset UpdatedAt { get; set; } = startedAt;

    /// <summary>When a paused run's review is done by itself (the fake's stand-in for a reviewer).</summary>
    public DateTimeOffset? ReviewDoneAt { get; set; }

    public bool IsPaused => Status == "paused";

    /// <summary>Ends a paused run: approved runs the remaining blocks, rejected fails it.</summary>
    public void FinishReview(bool approved, DateTimeOffset now)
    {
        if (!IsPaused)
        {
            return;
        }

        Status = approved ? "completed" : "failed";
        Error = approved ? null : "Rejected in manual review.";
        BlocksRun = approved ? Blocks.Count : BlocksRun;
        ReviewDoneAt = null;
        UpdatedAt = now;
    }

    /// <summary>The execute/status answer (§8): success, status, output keyed by block id, pause points, logs, final state.</summary>
    public JsonObject ToJson()
    {
        var output = new JsonObject();
        var logs = new JsonArray();
        for (var i = 0; i < BlocksRun && i < Blocks.Count; i++)
        {
            var (blockId, type) = Blocks[i];
            output[blockId] = new JsonObject { ["type"] = type, ["status"] = "passed", ["verdict"] = "approved" };
            logs.Add((JsonNode)new JsonObject { ["blockId"] = blockId, ["blockType"] = type, ["status"] = "success", ["startedAt"] = FakeHttp.Iso(StartedAt), ["endedAt"] = FakeHttp.Iso(StartedAt) });
        }

        var pausePoints = new JsonArray();
        if (IsPaused && BlocksRun < Blocks.Count)
        {
            var (blockId, type) = Blocks[BlocksRun];
            pausePoints.Add((JsonNode)new JsonObject { ["blockId"] = blockId, ["blockType"] = type, ["reason"] = "manual_review", ["message"] = "Waiting for a reviewer." });
        }
        else if (IsPaused)
        {
            pausePoints.Add((JsonNode)new JsonObject { ["blockId"] = null, ["reason"] = "manual_review", ["message"] = "Waiting for a reviewer." });
        }

        return new JsonObject
        {
            ["success"] = Status is "completed" or "paused",
            ["status"] = Status,
            ["executionId"] = Id,
            ["workflowId"] = WorkflowId,
            ["output"] = output,
            ["error"] = Error,
            ["pausePoints"] = pausePoints,
            ["logs"] = logs,
            ["finalState"] = Status == "completed" ? new JsonObject { ["executionId"] = Id, ["blocks"] = output.DeepClone() } : null,
            ["startedAt"] = FakeHttp.Iso(StartedAt),
            ["updatedAt"] = FakeHttp.Iso(UpdatedAt),
        };
    }
}
