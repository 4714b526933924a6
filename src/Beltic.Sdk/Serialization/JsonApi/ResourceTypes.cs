using System.Text.Json;
using Beltic.Identity;

namespace Beltic.Serialization.JsonApi;

/// <summary>
/// Every JSON:API <c>type</c> string the SDK reads or writes, in one place, and the table that turns an
/// <c>included</c> resource into its model. Types not listed here are skipped, never an error.
/// </summary>
internal static class ResourceTypes
{
    public const string Account = "account";
    public const string Session = "session";
    public const string IdvDocument = "document/idv";
    public const string AddressDocument = "document/address";
    public const string File = "file";
    public const string VerificationPrefix = "verification/";
    public const string IdvVerification = "verification/idv";
    public const string AddressVerification = "verification/address";
    public const string BusinessVerification = "verification/business";
    public const string Business = "business";
    public const string Document = "document";
    public const string DocumentTemplate = "document-template";

    /// <summary>Reads an included resource of a known type; null for a type the SDK does not model.</summary>
    public static BelticResource? ReadIncluded(string type, JsonElement resource, IncludedResources included) => type switch
    {
        Account => JsonApiMapper.ReadResource<Account>(resource, included, meta: null),
        Session => JsonApiMapper.ReadResource<Session>(resource, included, meta: null),
        IdvDocument => JsonApiMapper.ReadResource<IdvDocument>(resource, included, meta: null),
        AddressDocument => JsonApiMapper.ReadResource<AddressDocument>(resource, included, meta: null),
        File => JsonApiMapper.ReadResource<DocumentFile>(resource, included, meta: null),
        Document => JsonApiMapper.ReadResource<Document>(resource, included, meta: null),
        DocumentTemplate => JsonApiMapper.ReadResource<DocumentTemplate>(resource, included, meta: null),
        _ when IsVerification(type) => JsonApiMapper.ReadResource<Verification>(resource, included, meta: null),
        _ => null,
    };

    public static bool IsVerification(string type)
        => type.StartsWith(VerificationPrefix, StringComparison.Ordinal) && type.Length > VerificationPrefix.Length;
}
