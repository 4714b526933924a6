using System.Text.Json;

namespace Beltic.Workflows;

/// <summary>
/// A new workflow (<see cref="WorkflowsClient.CreateAsync"/>). The create body is not documented: the SDK sends
/// <c>name</c>, <c>description</c> and <c>state</c> when set, plus every member of <see cref="AdditionalProperties"/>
/// as given — the escape hatch for whatever else the server expects.
/// </summary>
public sealed record WorkflowCreateOptions
{
    /// <summary>Creates the options.</summary>
    /// <param name="name">The workflow's name.</param>
    public WorkflowCreateOptions(string name)
    {
        Name = Http.Argument.NotNullOrWhiteSpace(name);
    }

    /// <summary>The workflow's name.</summary>
    public string Name { get; init; }

    /// <summary>A description.</summary>
    public string? Description { get; init; }

    /// <summary>The initial state graph, sent as <c>state</c> exactly as given (a JSON object).</summary>
    public JsonElement? State { get; init; }

    /// <summary>Further top-level members of the request body, sent as given; they must not repeat <c>name</c>, <c>description</c> or <c>state</c>.</summary>
    public IReadOnlyDictionary<string, JsonElement>? AdditionalProperties { get; init; }
}
