using System.Text.Json;
using System.Text.Json.Serialization;

namespace Beltic.Workflows;

/// <summary>
/// A workflow: its metadata (every list item and every <c>GET</c>), and its graph when the server sends it (<c>GET
/// /v1/workflows/{id}</c> with a key that has <c>workflows:editor:read</c>). Also what create, update, set-state and
/// deploy return; their bodies are not documented, so every member is optional and whatever else the server sends is
/// kept in <see cref="AdditionalProperties"/>.
/// </summary>
public sealed record Workflow : BelticObject
{
    /// <summary>The workflow id.</summary>
    public string? Id { get; init; }

    /// <summary>The organisation that owns it.</summary>
    public string? OrganizationId { get; init; }

    /// <summary>The environment it lives in (<c>staging</c> or <c>production</c>).</summary>
    public WorkflowEnvironment? Environment { get; init; }

    /// <summary>Its name.</summary>
    public string? Name { get; init; }

    /// <summary>The draft version; it increments on every edit.</summary>
    public int? Version { get; init; }

    /// <summary>When it was last synced, if ever.</summary>
    public DateTimeOffset? LastSynced { get; init; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When it was last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Whether a version is deployed (what runs unless <c>useDraftState</c> is set).</summary>
    public bool? IsDeployed { get; init; }

    /// <summary>When it was last deployed, if ever.</summary>
    public DateTimeOffset? DeployedAt { get; init; }

    /// <summary>Its most recent run, if any.</summary>
    public WorkflowLastExecution? LastExecution { get; init; }

    /// <summary>
    /// The state graph (blocks and how they connect), when the server sends it as <c>state</c> — the name
    /// <c>PUT /v1/workflows/{id}/state</c> uses. Its shape is not documented: it is kept exactly as sent.
    /// </summary>
    public JsonElement? State { get; init; }

    /// <summary>The full definition, when the server sends it as <c>definition</c> (needs <c>workflows:editor:read</c>).</summary>
    public JsonElement? Definition { get; init; }

    /// <summary>Whether the graph came with this answer (<see cref="State"/> or <see cref="Definition"/>).</summary>
    [JsonIgnore]
    public bool HasDefinition => State is { ValueKind: not JsonValueKind.Null } || Definition is { ValueKind: not JsonValueKind.Null };

    /// <summary>Members this SDK version does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
