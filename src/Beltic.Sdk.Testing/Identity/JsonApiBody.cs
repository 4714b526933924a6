using System.Text.Json.Nodes;
using Beltic.Testing.Hosting;
using Microsoft.AspNetCore.Http;

namespace Beltic.Testing.Identity;

/// <summary>A JSON:API request document's <c>data</c>, read once the envelope and its <c>type</c> were checked.</summary>
internal sealed class JsonApiBody(JsonObject data)
{
    public JsonObject Data { get; } = data;

    public string? Type => StoredResource.Text(Data, "type");

    public string? Id => StoredResource.Text(Data, "id");

    public JsonObject Attributes => Data["attributes"] as JsonObject ?? new JsonObject();

    public JsonObject Meta => Data["meta"] as JsonObject ?? new JsonObject();

    /// <summary>
    /// Reads the body; writes 400 (not a JSON:API document) or 409 (a <c>type</c> this endpoint does not take, as
    /// JSON:API asks) and returns null when it is wrong. A missing <c>type</c> is accepted: Beltic's reference examples
    /// leave it out on some creates.
    /// </summary>
    public static async Task<JsonApiBody?> ReadAsync(HttpContext context, params string[] types)
    {
        if (await FakeHttp.ReadObjectAsync(context, jsonApi: true).ConfigureAwait(false) is not { } document)
        {
            return null;
        }

        if (document["data"] is not JsonObject data)
        {
            await FakeHttp.JsonApiErrorAsync(context, 400, "malformed_request", "The document needs a 'data' object.", "/data").ConfigureAwait(false);
            return null;
        }

        var body = new JsonApiBody(data);
        if (body.Type is { } type && !types.Contains(type, StringComparer.Ordinal))
        {
            await JsonApiErrors.ConflictAsync(context, $"This endpoint takes {string.Join(" or ", types)}, not '{type}'.", "/data/type").ConfigureAwait(false);
            return null;
        }

        return body;
    }

    /// <summary>A string attribute: <c>(null, false)</c> when absent or null, <c>(null, true)</c> when present but not a string.</summary>
    public (string? Value, bool Invalid) Text(string name)
        => Attributes[name] switch
        {
            null => (null, false),
            JsonValue v when v.TryGetValue<string>(out var s) => (s, false),
            _ => (null, true),
        };

    /// <summary>The linkage of a relationship: null when absent; <c>(null, null)</c> for <c>data: null</c>.</summary>
    public (string? Type, string? Id)? Relationship(string name)
    {
        if (Data["relationships"] is not JsonObject relationships || !relationships.ContainsKey(name))
        {
            return null;
        }

        var data = relationships[name]?["data"];
        return (StoredResource.Text(data, "type"), StoredResource.Text(data, "id"));
    }

    /// <summary>
    /// Resolves a relationship to a stored resource. Writes 422 when it is required and missing or has the wrong type,
    /// 404 when it names no such resource; <c>Ok</c> is then false.
    /// </summary>
    public async Task<(bool Ok, StoredResource? Resource)> RelatedAsync(HttpContext context, string name, ResourceStore store, bool required, params string[] types)
    {
        var pointer = $"/data/relationships/{name}";
        if (Relationship(name) is not { } link || link.Id is null)
        {
            if (required)
            {
                await JsonApiErrors.InvalidAsync(context, pointer, $"The {name} relationship is required.", "blank").ConfigureAwait(false);
                return (false, null);
            }

            return (true, null);
        }

        if (link.Type is { } t && !types.Contains(t, StringComparer.Ordinal))
        {
            await JsonApiErrors.InvalidAsync(context, pointer + "/data/type", $"The {name} relationship must be a {string.Join(" or ", types)}, not '{t}'.").ConfigureAwait(false);
            return (false, null);
        }

        if (store.Find(link.Id) is not { } resource || !types.Contains(resource.Type, StringComparer.Ordinal))
        {
            await JsonApiErrors.NotFoundAsync(context, $"The related {name} '{link.Id}'", pointer + "/data/id").ConfigureAwait(false);
            return (false, null);
        }

        return (true, resource);
    }
}
