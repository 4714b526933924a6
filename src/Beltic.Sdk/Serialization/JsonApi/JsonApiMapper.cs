using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Beltic.Serialization.JsonApi;

/// <summary>
/// The one JSON:API mapper, generic over the resource model. Reads <c>data</c> (single or list), <c>included</c>,
/// <c>relationships</c> and <c>meta</c> into plain models, and wraps plain request records into the JSON:API request
/// shape. Uses source-generated metadata only. Unknown attributes and unknown included types are ignored; a
/// <c>type</c> the caller did not expect is a <see cref="BelticException"/> that names both types.
/// </summary>
internal static class JsonApiMapper
{
    private static readonly JsonElement EmptyObject = JsonValues.Build(w =>
    {
        w.WriteStartObject();
        w.WriteEndObject();
    });

    /// <summary>Reads a document whose <c>data</c> is one resource.</summary>
    public static T ReadSingle<T>(JsonApiDocument document, IncludedTypes includedTypes) where T : BelticResource, IJsonApiResource<T>
    {
        if (document.Data.ValueKind != JsonValueKind.Object)
        {
            throw new BelticException(
                $"Expected a single '{T.ExpectedType}' resource in the response's 'data', but it holds {Describe(document.Data)}.");
        }

        var included = ReadIncluded(document.Included, includedTypes);
        var model = ReadResource<T>(document.Data, included, document.Meta);
        model.RawResponse = document.RawResponse;
        return model;
    }

    /// <summary>Reads a document whose <c>data</c> is a list, with its paging facts.</summary>
    public static BelticPage<T> ReadPage<T>(JsonApiDocument document, IncludedTypes includedTypes) where T : BelticResource, IJsonApiResource<T>
    {
        if (document.Data.ValueKind != JsonValueKind.Array)
        {
            throw new BelticException(
                $"Expected a list of '{T.ExpectedType}' resources in the response's 'data', but it holds {Describe(document.Data)}.");
        }

        var included = ReadIncluded(document.Included, includedTypes);
        var items = new List<T>(document.Data.GetArrayLength());
        foreach (var resource in document.Data.EnumerateArray())
        {
            items.Add(ReadResource<T>(resource, included, meta: null));
        }

        var page = PageMetaReader.Read(document.Meta, document.Links);
        return new BelticPage<T>
        {
            Items = items,
            HasMore = page.HasNext,
            ContinuationToken = page.NextCursor,
            PreviousCursor = page.PreviousCursor,
            Total = page.Total,
            Included = included,
            RawResponse = document.RawResponse,
        };
    }

    /// <summary>
    /// Reads one resource object. <paramref name="meta"/> is the document's top-level meta for a single resource
    /// (null inside lists and <c>included</c>, where the resource's own meta is used).
    /// </summary>
    public static T ReadResource<T>(JsonElement resource, IncludedResources included, JsonElement? meta)
        where T : BelticResource, IJsonApiResource<T>
    {
        if (resource.ValueKind != JsonValueKind.Object)
        {
            throw new BelticException($"Expected a '{T.ExpectedType}' resource object, but the response holds {Describe(resource)}.");
        }

        var type = Text(resource, "type")
            ?? throw new BelticException($"A resource in the response has no 'type' (expected '{T.ExpectedType}').");
        var id = Text(resource, "id") ?? string.Empty;
        if (!T.Accepts(type))
        {
            throw new BelticException(
                $"Expected a resource of type '{T.ExpectedType}', but the response holds one of type '{type}'" + (id.Length > 0 ? $" (id '{id}')." : "."));
        }

        var attributes = resource.TryGetProperty("attributes", out var a) && a.ValueKind == JsonValueKind.Object ? a : EmptyObject;
        T model;
        try
        {
            model = attributes.Deserialize(T.AttributesTypeInfo)
                ?? throw new JsonException("The attributes deserialised to null.");
        }
        catch (JsonException ex)
        {
            throw new BelticException($"The attributes of the '{type}' resource '{id}' could not be read: {ex.Message}", ex);
        }

        model.Id = id;
        model.ResourceType = type;
        model.RawAttributes = attributes;
        model.Relationships = ReadRelationships(resource);
        model.Included = included;
        var own = resource.TryGetProperty("meta", out var m) ? m : default;
        model.Meta = meta is { ValueKind: not JsonValueKind.Undefined and not JsonValueKind.Null } documentMeta ? documentMeta : own;
        return model;
    }

    /// <summary>Reads <c>included</c> with the area's models; resources of other types, or without a type, are skipped.</summary>
    public static IncludedResources ReadIncluded(JsonElement included, IncludedTypes types)
    {
        if (included.ValueKind != JsonValueKind.Array || included.GetArrayLength() == 0)
        {
            return IncludedResources.Empty;
        }

        var items = new List<BelticResource>(included.GetArrayLength());
        var result = new IncludedResources(items);
        foreach (var resource in included.EnumerateArray())
        {
            if (resource.ValueKind == JsonValueKind.Object && Text(resource, "type") is { } type
                && types.Read(type, resource, result) is { } model)
            {
                items.Add(model);
            }
        }

        return items.Count == 0 ? IncludedResources.Empty : result;
    }

    /// <summary>Builds the request document <c>{ data: { type, attributes, relationships, meta } }</c>.</summary>
    public static JsonApiRequest Request<TAttributes>(
        string type,
        TAttributes? attributes,
        JsonTypeInfo<TAttributes> attributesTypeInfo,
        Dictionary<string, JsonApiRelationshipRequest>? relationships = null,
        JsonElement? meta = null,
        string? id = null)
    {
        JsonElement? attrs = attributes is null ? null : JsonSerializer.SerializeToElement(attributes, attributesTypeInfo);
        return new JsonApiRequest(new JsonApiRequestResource(type)
        {
            Id = id,
            Attributes = attrs,
            Relationships = relationships is { Count: > 0 } ? relationships : null,
            Meta = meta,
        });
    }

    /// <summary>Builds a request document without attributes.</summary>
    public static JsonApiRequest Request(string type, Dictionary<string, JsonApiRelationshipRequest>? relationships, JsonElement? meta)
        => new(new JsonApiRequestResource(type)
        {
            Relationships = relationships is { Count: > 0 } ? relationships : null,
            Meta = meta,
        });

    /// <summary>The to-one relationships whose id is set: <c>(name, type, id)</c> triples; null ids are left out.</summary>
    public static Dictionary<string, JsonApiRelationshipRequest>? Relate(params ReadOnlySpan<(string Name, string Type, string? Id)> relationships)
    {
        Dictionary<string, JsonApiRelationshipRequest>? result = null;
        foreach (var (name, type, id) in relationships)
        {
            if (id is not null)
            {
                (result ??= new(StringComparer.Ordinal))[name] = new JsonApiRelationshipRequest(new JsonApiIdentifier(type, id));
            }
        }

        return result;
    }

    private static Dictionary<string, IReadOnlyList<ResourceReference>> ReadRelationships(JsonElement resource)
    {
        var result = new Dictionary<string, IReadOnlyList<ResourceReference>>(StringComparer.Ordinal);
        if (!resource.TryGetProperty("relationships", out var relationships) || relationships.ValueKind != JsonValueKind.Object)
        {
            return result;
        }

        foreach (var relationship in relationships.EnumerateObject())
        {
            // A relationship with only links (no "data") says nothing about which resources are related.
            if (relationship.Value.ValueKind != JsonValueKind.Object || !relationship.Value.TryGetProperty("data", out var data))
            {
                continue;
            }

            result[relationship.Name] = data.ValueKind switch
            {
                JsonValueKind.Object => Identifier(data) is { } one ? [one] : [],
                JsonValueKind.Array => data.EnumerateArray().Select(Identifier).OfType<ResourceReference>().ToArray(),
                _ => [],
            };
        }

        return result;
    }

    private static ResourceReference? Identifier(JsonElement element)
        => element.ValueKind == JsonValueKind.Object && Text(element, "type") is { } type && Text(element, "id") is { } id
            ? new ResourceReference(type, id)
            : null;

    /// <summary>A string member, or a number written as text (some servers send numeric ids).</summary>
    internal static string? Text(JsonElement obj, string name)
        => obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v)
            ? v.ValueKind switch
            {
                JsonValueKind.String => v.GetString(),
                JsonValueKind.Number => v.GetRawText(),
                _ => null,
            }
            : null;

    private static string Describe(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Undefined => "nothing (no 'data' member)",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "a single resource",
        _ => $"a {e.ValueKind.ToString().ToLowerInvariant()}",
    };
}
