using System.Text.Json.Nodes;
using Beltic.Testing.Auth;
using Beltic.Testing.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Beltic.Testing.Identity;

/// <summary>
/// Document templates (§7): create (status <c>draft</c> and <c>is_active: true</c> unless given), PATCH (only the
/// members sent change), get, and list with <c>filter[status]</c> and <c>filter[is_active]</c> — which defaults to
/// <c>true</c>, as documented, so an unfiltered list leaves inactive templates out.
/// </summary>
internal sealed partial class FakeDocuments
{
    private const string Templates = "/v1/document-templates";
    private static readonly string[] TemplateMembers = ["name", "description", "extraction_config", "fraud_config", "status", "is_active"];

    private void MapTemplates(IEndpointRouteBuilder routes)
    {
        routes.MapPost(Templates, CreateTemplateAsync).WithMetadata(new RequiredScope(IdentityScopes.TemplatesWrite));
        routes.MapPatch(Templates + "/{id}", UpdateTemplateAsync).WithMetadata(new RequiredScope(IdentityScopes.TemplatesWrite));
        routes.MapGet(Templates, ListTemplatesAsync).WithMetadata(new RequiredScope(IdentityScopes.TemplatesRead));
        routes.MapGet(Templates + "/{id}", GetTemplateAsync).WithMetadata(new RequiredScope(IdentityScopes.TemplatesRead));
    }

    private async Task CreateTemplateAsync(HttpContext context)
    {
        if (await JsonApiBody.ReadAsync(context, "document-template").ConfigureAwait(false) is not { } body)
        {
            return;
        }

        if (CheckTemplate(body.Attributes, creating: true) is { } problem)
        {
            await JsonApiErrors.InvalidAsync(context, problem.Pointer, problem.Detail).ConfigureAwait(false);
            return;
        }

        var template = data.Templates.New("document-template");
        var a = template.Attributes;
        a["name"] = null;
        a["description"] = null;
        a["extraction_config"] = null;
        a["fraud_config"] = null;
        a["status"] = "draft";
        a["is_active"] = true;
        Apply(template, body.Attributes);
        a["created_at"] = data.Now;
        data.Templates.Add(template);
        await FakeHttp.JsonApiAsync(context, 201, data.Templates.Json(template)).ConfigureAwait(false);
    }

    private async Task UpdateTemplateAsync(HttpContext context)
    {
        var id = (string)context.Request.RouteValues["id"]!;
        if (data.Templates.Find(id) is not { } template)
        {
            await JsonApiErrors.NotFoundAsync(context, "The document template").ConfigureAwait(false);
            return;
        }

        if (await JsonApiBody.ReadAsync(context, "document-template").ConfigureAwait(false) is not { } body)
        {
            return;
        }

        if (body.Id is { } bodyId && bodyId != id)
        {
            await JsonApiErrors.ConflictAsync(context, $"The body's id '{bodyId}' does not match the URL's '{id}'.", "/data/id").ConfigureAwait(false);
            return;
        }

        if (CheckTemplate(body.Attributes, creating: false) is { } problem)
        {
            await JsonApiErrors.InvalidAsync(context, problem.Pointer, problem.Detail).ConfigureAwait(false);
            return;
        }

        lock (template.Gate)
        {
            Apply(template, body.Attributes);
        }

        await FakeHttp.JsonApiAsync(context, 200, data.Templates.Json(template)).ConfigureAwait(false);
    }

    private async Task GetTemplateAsync(HttpContext context)
    {
        if (data.Templates.Find((string)context.Request.RouteValues["id"]!) is not { } template)
        {
            await JsonApiErrors.NotFoundAsync(context, "The document template").ConfigureAwait(false);
            return;
        }

        await FakeHttp.JsonApiAsync(context, 200, data.Templates.Json(template)).ConfigureAwait(false);
    }

    private async Task ListTemplatesAsync(HttpContext context)
    {
        var active = FakeHttp.Query(context, "filter[is_active]") ?? "true";
        if (active is not ("true" or "false"))
        {
            await JsonApiErrors.BadParameterAsync(context, "filter[is_active]", "filter[is_active] must be true or false.").ConfigureAwait(false);
            return;
        }

        var status = FakeHttp.Query(context, "filter[status]");
        var matches = data.Templates.Snapshot().Where(t =>
        {
            lock (t.Gate)
            {
                var isActive = t.Attributes["is_active"] is JsonValue v && v.TryGetValue<bool>(out var b) && b;
                return JsonApiList.Admits(status, t.Str("status")) && isActive == (active == "true");
            }
        }).ToArray();
        await JsonApiList.WriteAsync(context, data.State, matches, PageMetaStyle.Cursors, data.Templates.Json).ConfigureAwait(false);
    }

    private void Apply(StoredResource template, JsonObject attributes)
    {
        foreach (var member in TemplateMembers.Where(attributes.ContainsKey))
        {
            template.Attributes[member] = attributes[member]?.DeepClone();
        }

        template.Attributes["updated_at"] = data.Now;
    }

    private static (string Pointer, string Detail)? CheckTemplate(JsonObject a, bool creating)
    {
        const string at = "/data/attributes/";
        if ((creating || a.ContainsKey("name")) && string.IsNullOrWhiteSpace(StoredResource.Text(a, "name")))
        {
            return (at + "name", "name is required and cannot be blank.");
        }

        if (a.ContainsKey("status") && StoredResource.Text(a, "status") is not ("draft" or "published"))
        {
            return (at + "status", "status must be draft or published.");
        }

        if (a.ContainsKey("is_active") && !(a["is_active"] is JsonValue v && v.TryGetValue<bool>(out _)))
        {
            return (at + "is_active", "is_active must be true or false.");
        }

        foreach (var (config, flags) in (ReadOnlySpan<(string, string[])>)[("extraction_config", ["enabled"]), ("fraud_config", ["enabled", "requires_digital_signature"])])
        {
            if (a[config] is null)
            {
                continue;
            }

            if (a[config] is not JsonObject obj)
            {
                return (at + config, $"{config} must be an object.");
            }

            if (flags.FirstOrDefault(f => obj[f] is { } x && !(x is JsonValue b && b.TryGetValue<bool>(out _))) is { } bad)
            {
                return ($"{at}{config}/{bad}", $"{bad} must be true or false.");
            }
        }

        return a["extraction_config"]?["schema"] is { } schema && schema is not JsonObject
            ? (at + "extraction_config/schema", "schema must be a JSON schema object.")
            : null;
    }
}
