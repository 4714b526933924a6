using System.Text.Json.Nodes;
using Beltic.Testing.Hosting;

namespace Beltic.Testing.Workflows;

/// <summary>One workflow the fake keeps: its metadata and graph (§8 list shape); callers lock it to change it.</summary>
internal sealed class StoredWorkflow(string id, string name, DateTimeOffset createdAt)
{
    public string Id { get; } = id;

    public string Name { get; set; } = name;

    public string? Description { get; set; }

    public int Version { get; set; } = 1;

    public JsonObject State { get; set; } = WorkflowGraphs.Empty();

    public JsonObject Extra { get; set; } = [];

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public DateTimeOffset UpdatedAt { get; set; } = createdAt;

    public DateTimeOffset? LastSynced { get; set; }

    public DateTimeOffset? DeployedAt { get; set; }

    public bool IsDeployed => DeployedAt is not null;

    public StoredExecution? LastExecution { get; set; }

    public JsonObject ToJson(string environment, bool withState)
    {
        var json = new JsonObject
        {
            ["id"] = Id,
            ["organizationId"] = WorkflowGraphs.OrganizationId,
            ["environment"] = environment,
            ["name"] = Name,
            ["description"] = Description,
            ["version"] = Version,
            ["lastSynced"] = LastSynced is { } s ? FakeHttp.Iso(s) : null,
            ["createdAt"] = FakeHttp.Iso(CreatedAt),
            ["updatedAt"] = FakeHttp.Iso(UpdatedAt),
            ["isDeployed"] = IsDeployed,
            ["deployedAt"] = DeployedAt is { } d ? FakeHttp.Iso(d) : null,
            ["lastExecution"] = LastExecution is { } e
                ? new JsonObject { ["executionId"] = e.Id, ["status"] = e.Status, ["updatedAt"] = FakeHttp.Iso(e.UpdatedAt) }
                : null,
        };
        foreach (var (key, value) in Extra)
        {
            json[key] = value?.DeepClone();
        }

        if (withState)
        {
            json["state"] = State.DeepClone();
        }

        return json;
    }
}
