using System.Text.Json.Serialization;
using Beltic.Serialization;

namespace Beltic.Identity;

/// <summary>
/// Source-generated metadata for the Identity area's attributes and request records (snake_case, nulls left
/// out). The JSON:API mapper reads a resource's <c>attributes</c> with it and writes request attributes and meta with
/// it; the envelope itself comes from the shared context (see <see cref="Serializer"/>).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    // Numbers are written as numbers; reading also accepts numbers sent as strings (e.g. decimals as "51.00").
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    PropertyNameCaseInsensitive = false)]
[JsonSerializable(typeof(Account))]
[JsonSerializable(typeof(Session))]
[JsonSerializable(typeof(IdvDocument))]
[JsonSerializable(typeof(AddressDocument))]
[JsonSerializable(typeof(DocumentFile))]
[JsonSerializable(typeof(Verification))]
[JsonSerializable(typeof(Document))]
[JsonSerializable(typeof(DocumentTemplate))]
[JsonSerializable(typeof(AccountCreateOptions))]
[JsonSerializable(typeof(SessionCreateOptions))]
[JsonSerializable(typeof(DocumentFileAttributes))]
[JsonSerializable(typeof(IdvDocumentAttributes))]
[JsonSerializable(typeof(VerificationMeta))]
[JsonSerializable(typeof(DocumentCreateMeta))]
[JsonSerializable(typeof(DocumentTemplateCreateOptions))]
[JsonSerializable(typeof(DocumentTemplateUpdateOptions))]
internal sealed partial class IdentityJsonContext : JsonSerializerContext
{
    /// <summary>How the Identity area reads and writes JSON, and the resources its responses may include.</summary>
    // Lazy: static initialisers of a partial class run in no guaranteed order, and Default is declared in another part.
    public static AreaSerializer Serializer => field ??= new(Default, IdentityResources.Included);
}
