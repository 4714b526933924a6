using System.Text.Json;
using System.Text.Json.Serialization;

namespace Beltic.Workflows;

/// <summary>The body of <c>POST /v1/workflows</c> and <c>PATCH /v1/workflows/{id}</c> (not documented; see the options).</summary>
internal sealed record WorkflowWriteRequest
{
    private static readonly string[] Modelled = ["name", "description", "state"];

    public string? Name { get; init; }

    public string? Description { get; init; }

    public JsonElement? State { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    public static WorkflowWriteRequest From(WorkflowCreateOptions options)
    {
        Http.Argument.NotNullOrWhiteSpace(options.Name, "options.Name");
        return Create(options.Name, options.Description, options.State, options.AdditionalProperties);
    }

    public static WorkflowWriteRequest From(WorkflowUpdateOptions options)
    {
        if (options.IsEmpty)
        {
            throw new ArgumentException("WorkflowUpdateOptions sets nothing to change; set at least one member.", nameof(options));
        }

        Http.Argument.NullOrNotWhiteSpace(options.Name, "options.Name");
        return Create(options.Name, options.Description, options.State, options.AdditionalProperties);
    }

    private static WorkflowWriteRequest Create(string? name, string? description, JsonElement? state, IReadOnlyDictionary<string, JsonElement>? extra)
    {
        if (state is { } s && s.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException($"options.State must be a JSON object (the state graph); got {s.ValueKind}.", "options");
        }

        Dictionary<string, JsonElement>? members = null;
        foreach (var (key, value) in extra ?? new Dictionary<string, JsonElement>())
        {
            if (string.IsNullOrWhiteSpace(key) || Modelled.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                throw new ArgumentException(
                    $"options.AdditionalProperties may not hold '{key}': it must be a non-empty name other than {string.Join(", ", Modelled)} (set those through their properties).", "options");
            }

            if (value.ValueKind == JsonValueKind.Undefined)
            {
                throw new ArgumentException($"options.AdditionalProperties['{key}'] is an undefined JsonElement.", "options");
            }

            (members ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal))[key] = value;
        }

        return new WorkflowWriteRequest { Name = name, Description = description, State = state, Extra = members };
    }
}
