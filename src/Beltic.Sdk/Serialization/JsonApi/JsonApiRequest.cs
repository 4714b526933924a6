using System.Text.Json;

namespace Beltic.Serialization.JsonApi;

/// <summary>The JSON:API document the SDK sends: <c>{ "data": { type, id?, attributes?, relationships?, meta? } }</c>.</summary>
internal sealed record JsonApiRequest(JsonApiRequestResource Data);

/// <summary>The resource object of a request.</summary>
internal sealed record JsonApiRequestResource(string Type)
{
    public string? Id { get; init; }

    public JsonElement? Attributes { get; init; }

    public Dictionary<string, JsonApiRelationshipRequest>? Relationships { get; init; }

    public JsonElement? Meta { get; init; }
}

/// <summary>A to-one relationship in a request: <c>{ "data": { type, id } }</c>.</summary>
internal sealed record JsonApiRelationshipRequest(JsonApiIdentifier Data);

/// <summary>A resource identifier object.</summary>
internal sealed record JsonApiIdentifier(string Type, string Id);
