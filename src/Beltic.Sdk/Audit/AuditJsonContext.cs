using System.Text.Json.Serialization;
using Beltic.Serialization;

namespace Beltic.Audit;

/// <summary>
/// The Audit area's source-generated JSON (flat snake_case like Credentials, nulls left out). Numbers are written as
/// numbers; reading also accepts numbers sent as strings, because counters such as <c>seq_num</c> are often 64-bit
/// database sequences that JSON producers quote to keep them exact.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    PropertyNameCaseInsensitive = false)]
[JsonSerializable(typeof(AuditEvent))]
[JsonSerializable(typeof(AuditEventListResponse))]
[JsonSerializable(typeof(AuditPresentationRequest))]
[JsonSerializable(typeof(AuditRecordResult))]
[JsonSerializable(typeof(AuditStream))]
[JsonSerializable(typeof(AuditStreamCreateRequest))]
[JsonSerializable(typeof(AuditStreamListResponse))]
internal sealed partial class AuditJsonContext : JsonSerializerContext
{
    /// <summary>How the Audit area reads and writes JSON.</summary>
    // Lazy: static initialisers of a partial class run in no guaranteed order, and Default is declared in another part.
    public static AreaSerializer Serializer => field ??= new(Default);
}
