using System.Text.Json;

namespace Beltic.Workflows;

/// <summary>
/// Changes to a workflow (<see cref="WorkflowsClient.UpdateAsync"/>, <c>PATCH</c>). Only set members are sent, and at
/// least one must be set; a member cannot be cleared to null this way. The body is not documented, so
/// <see cref="AdditionalProperties"/> carries anything else as given.
/// </summary>
public sealed record WorkflowUpdateOptions
{
    /// <summary>A new name.</summary>
    public string? Name { get; init; }

    /// <summary>A new description.</summary>
    public string? Description { get; init; }

    /// <summary>A new state graph, sent as <c>state</c> exactly as given (a JSON object).</summary>
    public JsonElement? State { get; init; }

    /// <summary>Further top-level members of the request body, sent as given; they must not repeat <c>name</c>, <c>description</c> or <c>state</c>.</summary>
    public IReadOnlyDictionary<string, JsonElement>? AdditionalProperties { get; init; }

    internal bool IsEmpty => Name is null && Description is null && State is null && (AdditionalProperties is null || AdditionalProperties.Count == 0);
}
