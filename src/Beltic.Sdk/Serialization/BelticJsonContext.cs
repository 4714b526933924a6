using System.Text.Json;
using System.Text.Json.Serialization;
using Beltic.Serialization.JsonApi;

namespace Beltic.Serialization;

/// <summary>
/// The shared source-generated types: raw JSON and the JSON:API envelope. Every area's own context is combined with
/// this one (<see cref="AreaSerializer"/>); area models never appear here. No reflection-based serialisation is used
/// anywhere in the SDK.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict,
    PropertyNameCaseInsensitive = false)]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(JsonApiDocument))]
[JsonSerializable(typeof(JsonApiRequest))]
internal sealed partial class BelticJsonContext : JsonSerializerContext
{
}
