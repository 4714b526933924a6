using System.Text.Json;
using System.Text.Json.Serialization;

namespace Beltic.Serialization;

/// <summary>
/// Reads and writes an extensible enum as its string value. Unknown values from the server become instances with
/// that value instead of failing deserialisation.
/// </summary>
internal sealed class BelticEnumConverter<T> : JsonConverter<T> where T : struct, IBelticEnum<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a string for {typeof(T).Name}, got {reader.TokenType}.");
        }

        return T.FromValue(reader.GetString()!);
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.Value);
}
