using System.Text.Json.Serialization;
using Beltic.Serialization;

namespace Beltic.Workflows;

/// <summary>
/// Where a workflow execution stands. Values the SDK does not know yet (e.g. a <c>running</c> state a status poll may
/// report) are kept as-is, never an error.
/// </summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(BelticEnumConverter<WorkflowExecutionStatus>))]
public readonly record struct WorkflowExecutionStatus(string Value) : IBelticEnum<WorkflowExecutionStatus>
{
    /// <summary>The run reached its end successfully (HTTP 200). (<c>completed</c>)</summary>
    public static WorkflowExecutionStatus Completed { get; } = new("completed");

    /// <summary>The run ended with an error (HTTP 200, <c>success: false</c>, <c>error</c> set). (<c>failed</c>)</summary>
    public static WorkflowExecutionStatus Failed { get; } = new("failed");

    /// <summary>The run waits for external input: manual review, a sponsor bank, a human in the loop (HTTP 202). (<c>paused</c>)</summary>
    public static WorkflowExecutionStatus Paused { get; } = new("paused");

    /// <summary>The run was cancelled (HTTP 200). (<c>cancelled</c>)</summary>
    public static WorkflowExecutionStatus Cancelled { get; } = new("cancelled");

    /// <summary>Whether this is a final state: <see cref="Completed"/>, <see cref="Failed"/> or <see cref="Cancelled"/>.</summary>
    public bool IsTerminal => this == Completed || this == Failed || this == Cancelled;

    /// <summary>Converts a wire value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator WorkflowExecutionStatus(string value) => new(value);

    /// <summary>The wire value.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;

    static WorkflowExecutionStatus IBelticEnum<WorkflowExecutionStatus>.FromValue(string value) => new(value);
}
