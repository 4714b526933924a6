using System.Text.Json;
using System.Text.Json.Serialization;
using Beltic.Serialization;

namespace Beltic.Screenings;

/// <summary>
/// Source-generated metadata for the Screenings area (snake_case, nulls left out): screening attributes, the typed
/// queries and the create attributes. The envelope comes from the shared context (see <see cref="Serializer"/>).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    // Birthdate parts may come as "1985" as well as 1985.
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    PropertyNameCaseInsensitive = false)]
[JsonSerializable(typeof(Screening))]
[JsonSerializable(typeof(ScreeningCreateAttributes))]
[JsonSerializable(typeof(PersonScreeningQuery))]
[JsonSerializable(typeof(BusinessScreeningQuery))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class ScreeningsJsonContext : JsonSerializerContext
{
    /// <summary>How the Screenings area reads and writes JSON, and the resources its responses may include.</summary>
    // Lazy: static initialisers of a partial class run in no guaranteed order, and Default is declared in another part.
    public static AreaSerializer Serializer => field ??= new(Default, ScreeningsResources.Included);
}
