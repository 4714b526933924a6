using System.Globalization;
using System.Text.Json.Nodes;

namespace Beltic.Testing.Identity;

/// <summary>
/// Extracted data for a generic document, made from its template's JSON schema: every property gets a value of its
/// type — strings <c>"Sample &lt;name&gt;"</c>, dates (<c>"custom:type": "date"</c> or <c>format: date</c>) ten days
/// before the fake's now, numbers <c>100</c>, booleans <c>true</c>, objects recursively, arrays empty — plus a
/// bounding box per field in <c>extracted_data_coordinates</c>.
/// </summary>
internal static class ExtractedData
{
    public static (JsonObject Data, JsonObject Coordinates) FromSchema(JsonObject? schema, DateTimeOffset now)
    {
        var fields = new JsonObject();
        var data = Build(schema, now, string.Empty, fields);
        return (data, new JsonObject { ["version"] = "1", ["fields"] = fields });
    }

    private static JsonObject Build(JsonObject? schema, DateTimeOffset now, string path, JsonObject fields)
    {
        var result = new JsonObject();
        if (schema?["properties"] is not JsonObject properties)
        {
            return result;
        }

        foreach (var (name, definition) in properties)
        {
            var at = path.Length == 0 ? name : $"{path}.{name}";
            var type = StoredResource.Text(definition, "type");
            var isDate = StoredResource.Text(definition, "custom:type") == "date" || StoredResource.Text(definition, "format") == "date";
            JsonNode? value = type switch
            {
                "object" => Build(definition as JsonObject, now, at, fields),
                "array" => new JsonArray(),
                "number" or "integer" => JsonValue.Create(100),
                "boolean" => JsonValue.Create(true),
                _ when isDate => JsonValue.Create(now.AddDays(-10).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                _ => JsonValue.Create($"Sample {name}"),
            };
            result[name] = value;
            if (type is not ("object" or "array"))
            {
                fields[at] = new JsonArray(Box(fields.Count));
            }
        }

        return result;
    }

    private static JsonObject Box(int row)
    {
        double top = 0.1 + (0.05 * (row % 16)), left = 0.1, width = 0.4, height = 0.03;
        return new JsonObject
        {
            ["surface"] = new JsonObject { ["type"] = "page", ["number"] = 1 },
            ["coordinate_space"] = "normalized_page",
            ["bbox"] = new JsonObject { ["left"] = left, ["top"] = top, ["width"] = width, ["height"] = height },
            ["polygon"] = new JsonArray(
                Point(left, top), Point(left + width, top), Point(left + width, top + height), Point(left, top + height)),
        };
    }

    private static JsonObject Point(double x, double y) => new() { ["x"] = Math.Round(x, 4), ["y"] = Math.Round(y, 4) };
}
