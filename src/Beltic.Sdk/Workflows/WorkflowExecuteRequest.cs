using System.Text.Json;

namespace Beltic.Workflows;

/// <summary>The body of <c>POST /v1/workflows/execute</c>.</summary>
internal sealed record WorkflowExecuteRequest
{
    public required string WorkflowId { get; init; }

    public JsonElement? Workflow { get; init; }

    public bool? UseDraftState { get; init; }

    public WorkflowExecuteRequestOptions? Options { get; init; }

    public JsonElement? RunFromBlock { get; init; }

    public string? ParentExecutionId { get; init; }

    public IReadOnlyList<string>? CallChain { get; init; }

    /// <summary>Validates the caller's options (nothing is sent when one is wrong) and builds the body.</summary>
    public static WorkflowExecuteRequest From(WorkflowExecuteOptions o)
    {
        Http.Argument.NotNullOrWhiteSpace(o.WorkflowId, "options.WorkflowId");
        Http.Argument.NullOrNotWhiteSpace(o.ExecutionId, "options.ExecutionId");
        Http.Argument.NullOrNotWhiteSpace(o.ParentExecutionId, "options.ParentExecutionId");
        Object(o.Workflow, "options.Workflow");
        Object(o.Input, "options.Input");
        Object(o.WorkflowVariables, "options.WorkflowVariables");
        Object(o.RunFromBlock, "options.RunFromBlock");
        if (o.MaxParallelNodes is < 1)
        {
            throw new ArgumentOutOfRangeException("options", o.MaxParallelNodes, "options.MaxParallelNodes must be at least 1.");
        }

        if (o.CallChain is { } chain && (chain.Count == 0 || chain.Any(string.IsNullOrWhiteSpace)))
        {
            throw new ArgumentException("options.CallChain, when set, must hold at least one workflow id and no empty ones.", "options");
        }

        if (o.EnvironmentVariables?.Keys.Any(string.IsNullOrWhiteSpace) == true)
        {
            throw new ArgumentException("options.EnvironmentVariables has an empty name.", "options");
        }

        var settings = new WorkflowExecuteRequestOptions
        {
            ExecutionId = o.ExecutionId,
            Input = o.Input,
            EnvironmentVariables = o.EnvironmentVariables,
            WorkflowVariables = o.WorkflowVariables,
            MaxParallelNodes = o.MaxParallelNodes,
        };
        return new WorkflowExecuteRequest
        {
            WorkflowId = o.WorkflowId,
            Workflow = o.Workflow,
            UseDraftState = o.UseDraftState,
            Options = settings.IsEmpty ? null : settings,
            RunFromBlock = o.RunFromBlock,
            ParentExecutionId = o.ParentExecutionId,
            CallChain = o.CallChain,
        };
    }

    private static void Object(JsonElement? value, string name)
    {
        if (value is { } v && v.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException($"{name} must be a JSON object; got {v.ValueKind}.", "options");
        }
    }
}

/// <summary>The <c>options</c> object of an execute request.</summary>
internal sealed record WorkflowExecuteRequestOptions
{
    public string? ExecutionId { get; init; }

    public JsonElement? Input { get; init; }

    public IReadOnlyDictionary<string, string>? EnvironmentVariables { get; init; }

    public JsonElement? WorkflowVariables { get; init; }

    public int? MaxParallelNodes { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsEmpty => ExecutionId is null && Input is null && EnvironmentVariables is null && WorkflowVariables is null && MaxParallelNodes is null;
}
