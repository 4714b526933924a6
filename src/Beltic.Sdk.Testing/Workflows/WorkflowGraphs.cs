using System.Text.Json.Nodes;

namespace Beltic.Testing.Workflows;

/// <summary>The two deployed workflows every fake starts with, and reading block lists out of a state graph.</summary>
internal static class WorkflowGraphs
{
    public const string OrganizationId = "org_fake";

    public const string KycOnboarding = "wf_kyc_onboarding";

    public const string KybOnboarding = "wf_kyb_onboarding";

    public static JsonObject Empty() => Graph();

    public static JsonObject Kyc() => Graph(("doc_check", "document_verification"), ("identity", "identity_verification"), ("sanctions", "sanctions_screening"), ("issue", "credential_issue"));

    public static JsonObject Kyb() => Graph(("business", "business_lookup"), ("sanctions", "sanctions_screening"), ("issue", "credential_issue"));

    /// <summary>The blocks of a graph in their written order (<c>blocks: { id: { type } }</c>); null when the graph has no such shape.</summary>
    public static IReadOnlyList<(string Id, string Type)>? Blocks(JsonObject graph)
    {
        if (!graph.TryGetPropertyValue("blocks", out var blocks) || blocks is null)
        {
            return [];
        }

        if (blocks is not JsonObject map)
        {
            return null;
        }

        var list = new List<(string, string)>();
        foreach (var (id, block) in map)
        {
            var type = block is JsonObject b && b["type"] is JsonValue t && t.TryGetValue<string>(out var s) ? s : "unknown";
            list.Add((id, type));
        }

        return list;
    }

    private static JsonObject Graph(params (string Id, string Type)[] blocks)
    {
        var map = new JsonObject();
        foreach (var (id, type) in blocks)
        {
            map[id] = new JsonObject { ["type"] = type, ["subBlocks"] = new JsonObject() };
        }

        return new JsonObject { ["blocks"] = map, ["edges"] = new JsonArray(), ["loops"] = new JsonObject(), ["parallels"] = new JsonObject() };
    }
}
