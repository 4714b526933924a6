using System.Text.Json.Nodes;
using Beltic.Testing.Hosting;

namespace Beltic.Testing.Identity;

/// <summary>
/// One JSON:API resource the fake keeps (account, session, document, verification, business, screening, ...): its
/// attributes and relationships exactly as they go on the wire. Read and change it only under <see cref="Gate"/>.
/// </summary>
internal sealed class StoredResource(string type, string id, long sequence, DateTimeOffset createdAt)
{
    public string Type { get; } = type;

    public string Id { get; } = id;

    /// <summary>Creation order across the fake; list cursors encode it, so a page boundary survives later inserts.</summary>
    public long Sequence { get; } = sequence;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public Lock Gate { get; } = new();

    public JsonObject Attributes { get; } = new();

    public JsonObject Relationships { get; } = new();

    /// <summary>Set while an asynchronous job (lookup, screening, document processing) has not finished.</summary>
    public bool Pending { get; set; }

    public static JsonObject Ref(string type, string id) => new() { ["type"] = type, ["id"] = id };

    /// <summary>Sets a to-one relationship (<c>data: null</c> when <paramref name="relatedId"/> is null).</summary>
    public void Relate(string name, string relatedType, string? relatedId)
        => Relationships[name] = new JsonObject { ["data"] = relatedId is null ? null : Ref(relatedType, relatedId) };

    /// <summary>Appends to a to-many relationship.</summary>
    public void AddRelated(string name, string relatedType, string relatedId)
    {
        if (Relationships[name]?["data"] is not JsonArray list)
        {
            list = new JsonArray();
            Relationships[name] = new JsonObject { ["data"] = list };
        }

        list.Add((JsonNode)Ref(relatedType, relatedId));
    }

    public string? RelatedId(string name) => Relationships[name]?["data"] is JsonObject data ? Text(data, "id") : null;

    public string? Str(string attribute) => Text(Attributes, attribute);

    /// <summary>The resource object as served (a deep copy, safe to hand out).</summary>
    public JsonObject ToJson(FakeState state, string? collectionPath)
    {
        lock (Gate)
        {
            var json = new JsonObject { ["type"] = Type, ["id"] = Id, ["attributes"] = Attributes.DeepClone() };
            if (Relationships.Count > 0)
            {
                json["relationships"] = Relationships.DeepClone();
            }

            if (collectionPath is not null)
            {
                json["links"] = new JsonObject { ["self"] = state.Url($"{collectionPath}/{Id}").AbsoluteUri };
            }

            return json;
        }
    }

    public static string? Text(JsonNode? obj, string name)
        => obj is JsonObject o && o[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
