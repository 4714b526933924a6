using System.Text.Json.Serialization;
using Beltic.Identity;

namespace Beltic.Serialization;

/// <summary>
/// Source-generated metadata for the attributes and request records of the JSON:API areas (snake_case, nulls left
/// out). <see cref="JsonApi.JsonApiMapper"/> reads a resource's <c>attributes</c> with it and writes request
/// attributes and meta with it; the envelope itself goes through <see cref="BelticJsonContext"/>.
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
}
