using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Beltic.Testing.Auth;
using Beltic.Testing.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Beltic.Testing.Workflows;

/// <summary>
/// The Workflows API (§8, camelCase): two deployed workflows to start with (<c>wf_kyc_onboarding</c>,
/// <c>wf_kyb_onboarding</c>), create/update/set state/deploy/delete, and runs that complete, fail, or pause for review.
/// </summary>
internal sealed partial class FakeWorkflows : IFakeArea
{
    private readonly FakeState _state;
    private readonly ConcurrentDictionary<string, StoredWorkflow> _workflows = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, StoredExecution> _executions = new(StringComparer.Ordinal);

    public FakeWorkflows(FakeState state)
    {
        _state = state;
        Seed(WorkflowGraphs.KycOnboarding, "KYC onboarding", WorkflowGraphs.Kyc());
        Seed(WorkflowGraphs.KybOnboarding, "KYB onboarding", WorkflowGraphs.Kyb());
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        var read = new RequiredScope("workflows:read");
        var write = new RequiredScope("workflows:write");
        var executions = new RequiredScope("workflows:executions:read");
        routes.MapGet("/v1/workflows", ListAsync).WithMetadata(read);
        routes.MapPost("/v1/workflows", CreateAsync).WithMetadata(write);
        routes.MapPost("/v1/workflows/execute", ExecuteAsync).WithMetadata(new RequiredScope("workflows:execute"), RateTier.WorkflowExecution);
        routes.MapGet("/v1/workflows/executions", ListExecutionsAsync).WithMetadata(executions);
        routes.MapGet("/v1/workflows/status/{executionId}", StatusAsync).WithMetadata(executions);
        routes.MapGet("/v1/workflows/{id}", GetAsync).WithMetadata(read);
        routes.MapPatch("/v1/workflows/{id}", UpdateAsync).WithMetadata(write);
        routes.MapPut("/v1/workflows/{id}/state", SetStateAsync).WithMetadata(write);
        routes.MapPost("/v1/workflows/{id}/deploy", DeployAsync).WithMetadata(write);
        routes.MapDelete("/v1/workflows/{id}", DeleteAsync).WithMetadata(write);
        routes.MapGet("/v1/workflows/{id}/executions", ListExecutionsAsync).WithMetadata(executions);
    }

    private void Seed(string id, string name, JsonObject graph)
    {
        var now = _state.Now;
        _workflows[id] = new StoredWorkflow(id, name, now) { State = graph, DeployedAt = now, LastSynced = now };
    }

    private static string Environment(HttpContext context)
        => FakePipeline.ApiKey(context)?.StartsWith("sk_production_", StringComparison.Ordinal) == true ? "production" : "staging";

    private Task WriteAsync(HttpContext context, int status, StoredWorkflow workflow)
    {
        JsonObject json;
        lock (workflow)
        {
            json = workflow.ToJson(Environment(context), withState: true);
        }

        return FakeHttp.JsonAsync(context, status, json);
    }

    private async Task<StoredWorkflow?> FindAsync(HttpContext context)
    {
        if (_workflows.TryGetValue((string)context.Request.RouteValues["id"]!, out var workflow))
        {
            return workflow;
        }

        await FakeHttp.ErrorAsync(context, 404, "not_found", "No such workflow.").ConfigureAwait(false);
        return null;
    }

    private static Task InvalidAsync(HttpContext context, string field, string message)
        => FakeHttp.ErrorAsync(context, 400, "validation_failed", message, new JsonObject
        {
            ["fields"] = new JsonArray(new JsonObject { ["field"] = field, ["message"] = message, ["code"] = "invalid" }),
        });

    private async Task ListAsync(HttpContext context)
    {
        var filter = FakeHttp.Query(context, "deployed");
        if (filter is not (null or "true" or "false"))
        {
            await InvalidAsync(context, "deployed", "deployed must be true or false.").ConfigureAwait(false);
            return;
        }

        bool? deployed = filter is null ? null : filter == "true";
        var list = new JsonArray();
        foreach (var workflow in _workflows.Values.OrderBy(w => w.CreatedAt).ThenBy(w => w.Id, StringComparer.Ordinal))
        {
            lock (workflow)
            {
                if (deployed is null || workflow.IsDeployed == deployed)
                {
                    list.Add((JsonNode)workflow.ToJson(Environment(context), withState: false));
                }
            }
        }

        await FakeHttp.JsonAsync(context, 200, list).ConfigureAwait(false);
    }

    private async Task GetAsync(HttpContext context)
    {
        if (await FindAsync(context).ConfigureAwait(false) is not { } workflow)
        {
            return;
        }

        // The graph needs workflows:editor:read (implied by workflows:write); metadata alone needs workflows:read.
        var scopes = FakePipeline.ApiKey(context) is { } key && _state.Keys.TryGet(key, out var s) ? s : null;
        JsonObject json;
        lock (workflow)
        {
            json = workflow.ToJson(Environment(context), ApiKeyRegistry.Grants(scopes, "workflows:editor:read"));
        }

        await FakeHttp.JsonAsync(context, 200, json).ConfigureAwait(false);
    }

    private async Task CreateAsync(HttpContext context)
    {
        if (await FakeHttp.ReadObjectAsync(context).ConfigureAwait(false) is not { } body)
        {
            return;
        }

        if (body["name"] is not JsonValue n || !n.TryGetValue<string>(out var name) || string.IsNullOrWhiteSpace(name))
        {
            await InvalidAsync(context, "name", "name is required.").ConfigureAwait(false);
            return;
        }

        var workflow = new StoredWorkflow(_state.NewId("wf"), name, _state.Now);
        if (!await ApplyAsync(context, workflow, body).ConfigureAwait(false))
        {
            return;
        }

        _workflows[workflow.Id] = workflow;
        await WriteAsync(context, 201, workflow).ConfigureAwait(false);
    }

    private async Task UpdateAsync(HttpContext context)
    {
        if (await FindAsync(context).ConfigureAwait(false) is not { } workflow
            || await FakeHttp.ReadObjectAsync(context).ConfigureAwait(false) is not { } body)
        {
            return;
        }

        if (body["name"] is JsonValue n && (!n.TryGetValue<string>(out var name) || string.IsNullOrWhiteSpace(name)))
        {
            await InvalidAsync(context, "name", "name must be a non-empty string.").ConfigureAwait(false);
            return;
        }

        if (await ApplyAsync(context, workflow, body).ConfigureAwait(false))
        {
            await WriteAsync(context, 200, workflow).ConfigureAwait(false);
        }
    }

    /// <summary>Applies name, description, state and any other members; a changed graph is a new draft version.</summary>
    private async Task<bool> ApplyAsync(HttpContext context, StoredWorkflow workflow, JsonObject body)
    {
        if (body["state"] is { } state && (state is not JsonObject graph || WorkflowGraphs.Blocks(graph) is null))
        {
            await InvalidAsync(context, "state", "state must be a graph object whose blocks member is an object.").ConfigureAwait(false);
            return false;
        }

        lock (workflow)
        {
            foreach (var (key, value) in body)
            {
                switch (key)
                {
                    case "name":
                        workflow.Name = value!.GetValue<string>();
                        break;
                    case "description":
                        workflow.Description = value is JsonValue d && d.TryGetValue<string>(out var text) ? text : null;
                        break;
                    case "state":
                        workflow.State = (JsonObject)value!.DeepClone();
                        workflow.Version++;
                        break;
                    default:
                        workflow.Extra[key] = value?.DeepClone();
                        break;
                }
            }

            workflow.UpdatedAt = _state.Now;
        }

        return true;
    }

    private async Task SetStateAsync(HttpContext context)
    {
        if (await FindAsync(context).ConfigureAwait(false) is not { } workflow
            || await FakeHttp.ReadObjectAsync(context).ConfigureAwait(false) is not { } graph)
        {
            return;
        }

        if (await ApplyAsync(context, workflow, new JsonObject { ["state"] = graph.DeepClone() }).ConfigureAwait(false))
        {
            await WriteAsync(context, 200, workflow).ConfigureAwait(false);
        }
    }

    private async Task DeployAsync(HttpContext context)
    {
        if (await FindAsync(context).ConfigureAwait(false) is not { } workflow)
        {
            return;
        }

        lock (workflow)
        {
            workflow.DeployedAt = workflow.LastSynced = workflow.UpdatedAt = _state.Now;
        }

        await WriteAsync(context, 200, workflow).ConfigureAwait(false);
    }

    private async Task DeleteAsync(HttpContext context)
    {
        var id = (string)context.Request.RouteValues["id"]!;
        if (!_workflows.TryRemove(id, out _))
        {
            await FakeHttp.ErrorAsync(context, 404, "not_found", "No such workflow.").ConfigureAwait(false);
            return;
        }

        await FakeHttp.JsonAsync(context, 200, new JsonObject { ["success"] = true, ["id"] = id }).ConfigureAwait(false);
    }
}
