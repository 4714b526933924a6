using System.Text.Json;
using System.Text.Json.Serialization;

namespace Beltic.Workflows;

/// <summary>
/// Reads a member documented as a string that a server may send as an object (an execution's <c>error</c>): a string
/// as itself, anything else as its JSON text, so one unexpected shape never loses the whole execution result.
/// </summary>
internal sealed class StringOrRawJsonConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString();
        }

        using var document = JsonDocument.ParseValue(ref reader);
        return document.RootElement.GetRawText();
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
