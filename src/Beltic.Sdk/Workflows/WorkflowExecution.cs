using System.Text.Json;
using System.Text.Json.Serialization;

namespace Beltic.Workflows;

/// <summary>
/// One run of a workflow: what <see cref="WorkflowsClient.ExecuteAsync"/> returns (HTTP 200 for a final state, 202
/// when paused — <see cref="IsPaused"/> tells without reading status codes), what a status poll returns, and an item
/// of an execution list. A failed run is a result (<see cref="IsFailed"/>, <see cref="Error"/>), not an exception.
/// </summary>
public sealed record WorkflowExecution : BelticObject
{
    private static readonly IReadOnlyDictionary<string, JsonElement> NoOutput = new Dictionary<string, JsonElement>();

    /// <summary>The run's id: poll it, resume it, or pass it as <see cref="WorkflowExecuteOptions.ParentExecutionId"/>.</summary>
    public string? ExecutionId { get; init; }

    /// <summary>
    /// The workflow that ran. The execute answer does not carry it, so the SDK fills it from the request (and a wait
    /// carries it over from the execution it started from); <see cref="WorkflowsClient.ResumeAsync"/> needs it.
    /// </summary>
    public string? WorkflowId { get; init; }

    /// <summary>
    /// Where the run stands. When the body has no <c>status</c>, the SDK derives it: HTTP 202 is <c>paused</c>,
    /// otherwise <c>success</c> decides between <c>completed</c> and <c>failed</c>.
    /// </summary>
    [JsonIgnore]
    public WorkflowExecutionStatus Status { get; init; }

    // The wire form of Status: a JSON null (which the enum converter refuses) reads as "not said", like a missing member.
    [JsonInclude]
    [JsonPropertyName("status")]
    internal WorkflowExecutionStatus? StatusOnWire
    {
        get => Status.Value is null ? (WorkflowExecutionStatus?)null : Status;
        init => Status = value ?? default;
    }

    /// <summary>The server's <c>success</c> flag: false when the run failed.</summary>
    public bool? Success { get; init; }

    /// <summary>What went wrong, when the run failed (a JSON object or array is given as its JSON text).</summary>
    [JsonConverter(typeof(StringOrRawJsonConverter))]
    public string? Error { get; init; }

    /// <summary>Each block's output, keyed by block id (empty when none was sent).</summary>
    public IReadOnlyDictionary<string, JsonElement> Output { get; init => field = value ?? NoOutput; } = NoOutput;

    /// <summary>Where a paused run waits (the item shape is not documented, so each is kept as sent).</summary>
    public IReadOnlyList<JsonElement> PausePoints { get; init => field = value ?? []; } = [];

    /// <summary>The run's log entries, as sent.</summary>
    public IReadOnlyList<JsonElement> Logs { get; init => field = value ?? []; } = [];

    /// <summary>The state snapshot of a completed run, for a later run from a block.</summary>
    public JsonElement? FinalState { get; init; }

    /// <summary>When the run last changed, if the server says.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Whether the run waits for external input (<c>paused</c>, HTTP 202): wait for it or resume it.</summary>
    [JsonIgnore]
    public bool IsPaused => Status == WorkflowExecutionStatus.Paused;

    /// <summary>Whether the run completed.</summary>
    [JsonIgnore]
    public bool IsCompleted => Status == WorkflowExecutionStatus.Completed;

    /// <summary>Whether the run failed; <see cref="Error"/> says why.</summary>
    [JsonIgnore]
    public bool IsFailed => Status == WorkflowExecutionStatus.Failed;

    /// <summary>Whether the run was cancelled.</summary>
    [JsonIgnore]
    public bool IsCancelled => Status == WorkflowExecutionStatus.Cancelled;

    /// <summary>Whether the run is over (completed, failed or cancelled); nothing will change it any more.</summary>
    [JsonIgnore]
    public bool IsTerminal => Status.IsTerminal;

    /// <summary>Members this SDK version does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
