using System.Buffers;
using System.Text.Json;

namespace Beltic.Serialization;

/// <summary>Builds <see cref="JsonElement"/> values without the reflection serializer.</summary>
internal static class JsonValues
{
    public static JsonElement Number(long value) => Build(w => w.WriteNumberValue(value));

    public static JsonElement Number(decimal value) => Build(w => w.WriteNumberValue(value));

    public static JsonElement String(string value) => Build(w => w.WriteStringValue(value));

    public static JsonElement Bool(bool value) => Build(w => w.WriteBooleanValue(value));

    public static JsonElement Strings(IEnumerable<string> values) => Build(w =>
    {
        w.WriteStartArray();
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    });

    public static JsonElement Build(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(64);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        using var doc = JsonDocument.Parse(buffer.WrittenMemory);
        return doc.RootElement.Clone();
    }
}
