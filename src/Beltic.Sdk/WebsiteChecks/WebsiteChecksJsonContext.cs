using System.Text.Json;
using System.Text.Json.Serialization;
using Beltic.Serialization;

namespace Beltic.WebsiteChecks;

/// <summary>
/// Source-generated metadata for the Website checks area (snake_case, nulls left out). The envelope comes from the
/// shared context (see <see cref="Serializer"/>).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    PropertyNameCaseInsensitive = false)]
[JsonSerializable(typeof(WebsiteCheck))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class WebsiteChecksJsonContext : JsonSerializerContext
{
    /// <summary>How the Website checks area reads and writes JSON.</summary>
    // Lazy: static initialisers of a partial class run in no guaranteed order, and Default is declared in another part.
    public static AreaSerializer Serializer => field ??= new(Default, WebsiteChecksResources.Included);
}
