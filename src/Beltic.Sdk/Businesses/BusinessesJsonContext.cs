using System.Text.Json.Serialization;
using Beltic.Serialization;

namespace Beltic.Businesses;

/// <summary>
/// Source-generated metadata for the Businesses area (snake_case, nulls left out): the business record's attributes
/// and the lookup's <c>meta.search_parameters</c>. The envelope comes from the shared context (see <see cref="Serializer"/>).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    // Registries report amounts and coordinates as numbers or as text ("1000.00"); both read.
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    PropertyNameCaseInsensitive = false)]
[JsonSerializable(typeof(Business))]
[JsonSerializable(typeof(BusinessCreateMeta))]
internal sealed partial class BusinessesJsonContext : JsonSerializerContext
{
    /// <summary>How the Businesses area reads and writes JSON, and the resources its responses may include.</summary>
    // Lazy: static initialisers of a partial class run in no guaranteed order, and Default is declared in another part.
    public static AreaSerializer Serializer => field ??= new(Default, BusinessesResources.Included);
}
