using Beltic.Serialization.JsonApi;

namespace Beltic.Identity;

/// <summary>
/// The Identity area's JSON:API <c>type</c> strings and the models its responses may include. Types not registered
/// here are skipped in <c>included</c>, never an error.
/// </summary>
internal static class IdentityResources
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

    public static readonly IncludedTypes Included = new IncludedTypes()
        .Add<Account>().Add<Session>().Add<IdvDocument>().Add<AddressDocument>().Add<DocumentFile>()
        .Add<Document>().Add<DocumentTemplate>().Add<Verification>();

    public static bool IsVerification(string type)
        => type.StartsWith(VerificationPrefix, StringComparison.Ordinal) && type.Length > VerificationPrefix.Length;
}
