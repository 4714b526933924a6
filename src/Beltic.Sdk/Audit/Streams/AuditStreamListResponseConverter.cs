using System.Text.Json;
using System.Text.Json.Serialization;

namespace Beltic.Audit;

/// <summary>Reads <see cref="AuditStreamListResponse"/> from any of the shapes it documents; never written.</summary>
internal sealed class AuditStreamListResponseConverter : JsonConverter<AuditStreamListResponse>
{
    private static readonly string[] ListMembers = ["streams", "items", "data"];

    public override AuditStreamListResponse Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Array)
        {
            return new AuditStreamListResponse { Streams = ReadItems(root) };
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"Expected the audit stream list as an array or an object, got {root.ValueKind}.");
        }

        foreach (var name in ListMembers)
        {
            if (root.TryGetProperty(name, out var items) && items.ValueKind == JsonValueKind.Array)
            {
                var paging = root.TryGetProperty("pagination", out var p) && p.ValueKind == JsonValueKind.Object ? p : root;
                return new AuditStreamListResponse
                {
                    Streams = ReadItems(items),
                    NextCursor = paging.TryGetProperty("next_cursor", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null,
                    HasMore = paging.TryGetProperty("has_more", out var m) && m.ValueKind is JsonValueKind.True or JsonValueKind.False ? m.GetBoolean() : null,
                };
            }
        }

        throw new JsonException("Expected the audit stream list as an array, or an object with a 'streams', 'items' or 'data' array.");
    }

    public override void Write(Utf8JsonWriter writer, AuditStreamListResponse value, JsonSerializerOptions options)
        => throw new NotSupportedException("The audit stream list is only read.");

    private static AuditStream[] ReadItems(JsonElement items)
    {
        var list = new AuditStream[items.GetArrayLength()];
        var i = 0;
        foreach (var item in items.EnumerateArray())
        {
            list[i++] = item.Deserialize(AuditJsonContext.Default.AuditStream)
                ?? throw new JsonException($"Audit stream {i - 1} in the list is null.");
        }

        return list;
    }
}
