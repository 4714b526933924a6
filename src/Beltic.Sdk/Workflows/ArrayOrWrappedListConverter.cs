using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Beltic.Workflows;

/// <summary>
/// Reads a list the Workflows API sends as a bare array (documented for <c>GET /v1/workflows</c>) or, since the
/// execution lists are not documented, as an object wrapping the array under one of a few names
/// (<c>{ "executions" | "items" | "data": [...] }</c>, with an optional numeric <c>total</c>). Items are read with the
/// area's source-generated metadata.
/// </summary>
/// <typeparam name="TList">The wire type holding the items.</typeparam>
/// <typeparam name="TItem">The item model.</typeparam>
internal abstract class ArrayOrWrappedListConverter<TList, TItem> : JsonConverter<TList>
    where TList : class
{
    /// <summary>The member names an object answer may hold the array under, in order of preference.</summary>
    protected abstract IReadOnlyList<string> WrapperNames { get; }

    /// <summary>Builds the wire type from the items and the total, when one was given.</summary>
    protected abstract TList Create(IReadOnlyList<TItem> items, long? total);

    public override TList Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var info = (JsonTypeInfo<List<TItem>>)options.GetTypeInfo(typeof(List<TItem>));
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            return Create(JsonSerializer.Deserialize(ref reader, info) ?? [], null);
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a JSON array or object for a list of {typeof(TItem).Name}, got {reader.TokenType}.");
        }

        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        foreach (var name in WrapperNames)
        {
            if (root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array)
            {
                long? total = root.TryGetProperty("total", out var t) && t.ValueKind == JsonValueKind.Number && t.TryGetInt64(out var n) ? n : null;
                return Create(array.Deserialize(info) ?? [], total);
            }
        }

        throw new JsonException(
            $"Expected a JSON array of {typeof(TItem).Name}, or an object holding one under {string.Join(", ", WrapperNames.Select(n => $"'{n}'"))}.");
    }

    // Lists are only read; the SDK never sends one.
    public override void Write(Utf8JsonWriter writer, TList value, JsonSerializerOptions options)
        => throw new NotSupportedException($"{typeof(TList).Name} is never written.");
}
