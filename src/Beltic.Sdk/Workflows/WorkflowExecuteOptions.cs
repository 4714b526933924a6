using System.Text.Json;

namespace Beltic.Workflows;

/// <summary>
/// What to run (<see cref="WorkflowsClient.ExecuteAsync"/>, <c>POST /v1/workflows/execute</c>). The run-time settings
/// (<see cref="ExecutionId"/>, <see cref="Input"/>, <see cref="EnvironmentVariables"/>, <see cref="WorkflowVariables"/>,
/// <see cref="MaxParallelNodes"/>) are sent in the request's <c>options</c> object; unset members are not sent.
/// </summary>
public sealed record WorkflowExecuteOptions
{
    /// <summary>Creates the options.</summary>
    /// <param name="workflowId">The workflow to run.</param>
    public WorkflowExecuteOptions(string workflowId)
    {
        WorkflowId = Http.Argument.NotNullOrWhiteSpace(workflowId);
    }

    /// <summary>The workflow to run (<c>workflowId</c>).</summary>
    public string WorkflowId { get; init; }

    /// <summary>An inline state graph that replaces the stored definition for this run only (<c>workflow</c>, a JSON object).</summary>
    public JsonElement? Workflow { get; init; }

    /// <summary>Run the draft instead of the deployed version (<c>useDraftState</c>; the server's default is false).</summary>
    public bool? UseDraftState { get; init; }

    /// <summary>The id to give this run (<c>options.executionId</c>); the server makes one when omitted.</summary>
    public string? ExecutionId { get; init; }

    /// <summary>The run's input (<c>options.input</c>, a JSON object).</summary>
    public JsonElement? Input { get; init; }

    /// <summary>Environment variables for this run (<c>options.environmentVariables</c>).</summary>
    public IReadOnlyDictionary<string, string>? EnvironmentVariables { get; init; }

    /// <summary>Workflow variables for this run (<c>options.workflowVariables</c>, a JSON object).</summary>
    public JsonElement? WorkflowVariables { get; init; }

    /// <summary>How many blocks may run at once (<c>options.maxParallelNodes</c>, at least 1; the server's default is 2).</summary>
    public int? MaxParallelNodes { get; init; }

    /// <summary>
    /// Re-run part of an existing execution from a block (<c>runFromBlock</c>, a JSON object). Its members are not
    /// documented, so it is sent exactly as given; the execution it refers to must already exist. See
    /// <see cref="WorkflowsClient.ResumeAsync"/>.
    /// </summary>
    public JsonElement? RunFromBlock { get; init; }

    /// <summary>The execution that started this one as a sub-workflow (<c>parentExecutionId</c>).</summary>
    public string? ParentExecutionId { get; init; }

    /// <summary>The chain of workflow ids that led here, for sub-workflow cycle detection (<c>callChain</c>; when set, at least one id).</summary>
    public IReadOnlyList<string>? CallChain { get; init; }
}
