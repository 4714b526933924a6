using System.Text.Json.Serialization;
using Beltic.Serialization;

namespace Beltic.WellKnown;

/// <summary>The well-known documents' source-generated JSON (the JWKS and the DID document, read as served).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict,
    PropertyNameCaseInsensitive = false)]
[JsonSerializable(typeof(JwksDocument))]
[JsonSerializable(typeof(DidDocument))]
internal sealed partial class WellKnownJsonContext : JsonSerializerContext
{
    /// <summary>How the well-known area reads JSON.</summary>
    // Lazy: static initialisers of a partial class run in no guaranteed order, and Default is declared in another part.
    public static AreaSerializer Serializer => field ??= new(Default);
}
