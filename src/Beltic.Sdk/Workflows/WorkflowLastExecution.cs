using System.Text.Json;
using System.Text.Json.Serialization;

namespace Beltic.Workflows;

/// <summary>The most recent run of a workflow, as the workflow list reports it (<c>lastExecution</c>).</summary>
public sealed record WorkflowLastExecution
{
    /// <summary>The run's id; pass it to <see cref="WorkflowsClient.GetExecutionStatusAsync"/>.</summary>
    public string? ExecutionId { get; init; }

    /// <summary>Where the run stands.</summary>
    public WorkflowExecutionStatus? Status { get; init; }

    /// <summary>When the run last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Members this SDK version does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
