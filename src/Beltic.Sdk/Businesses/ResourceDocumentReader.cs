using System.Text.Json;
using Beltic.Serialization.JsonApi;

namespace Beltic.Businesses;

/// <summary>
/// Reads a KYB answer that may come as a JSON:API document (<c>{"data":{…}}</c>) or as the bare resource object
/// (<c>{id, type, attributes}</c>, as Beltic's business-create example shows). The shared mapper expects <c>data</c>,
/// so the bare form is wrapped here, inside the KYB areas, rather than loosening the mapper for every area.
/// </summary>
internal static class ResourceDocumentReader
{
    /// <summary>The answer as a document of one resource; a <see cref="BelticException"/> when it is neither form.</summary>
    public static JsonApiDocument Read(string body, BelticResponse response, string expectedType)
        => AsDocument(Parse(body, response), response)
            ?? throw new BelticException(
                $"Beltic API returned {(int)response.StatusCode} without a '{expectedType}' resource: the body is neither {{\"data\":{{…}}}} nor a resource object with a 'type'.");

    /// <summary>The body as JSON; <see cref="JsonValueKind.Undefined"/> when empty; a <see cref="BelticException"/> when not JSON.</summary>
    public static JsonElement Parse(string body, BelticResponse response)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return default;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw new BelticException($"Beltic API returned {(int)response.StatusCode} with a body that is not JSON: {ex.Message}", ex);
        }
    }

    /// <summary>The document for a wrapped or bare resource; null when the JSON is neither.</summary>
    public static JsonApiDocument? AsDocument(JsonElement root, BelticResponse response)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (root.TryGetProperty("data", out var data))
        {
            return new JsonApiDocument
            {
                Data = data,
                Included = Member(root, "included"),
                Meta = Member(root, "meta"),
                Links = Member(root, "links"),
                RawResponse = response,
            };
        }

        // A bare resource: its own meta (if any) is what the mapper reads when the document has none.
        return root.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
            ? new JsonApiDocument { Data = root, RawResponse = response }
            : null;
    }

    private static JsonElement Member(JsonElement obj, string name) => obj.TryGetProperty(name, out var v) ? v : default;
}
