using System.Text.Json.Serialization;
using Beltic.Serialization;

namespace Beltic.Webhooks;

/// <summary>
/// Source-generated metadata for the Webhooks area's JSON:API attributes (snake_case, nulls left out); the envelope
/// comes from the shared context. No other resource types are read from <c>included</c>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict,
    PropertyNameCaseInsensitive = false)]
[JsonSerializable(typeof(Webhook))]
[JsonSerializable(typeof(WebhookAttributes))]
internal sealed partial class WebhooksJsonContext : JsonSerializerContext
{
    /// <summary>How the Webhooks area reads and writes JSON.</summary>
    // Lazy: static initialisers of a partial class run in no guaranteed order, and Default is declared in another part.
    public static AreaSerializer Serializer => field ??= new(Default);
}
