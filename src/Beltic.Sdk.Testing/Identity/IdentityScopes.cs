namespace Beltic.Testing.Identity;

/// <summary>
/// The scopes of the Identity and KYB routes. §1's table is cut off after <c>document_templates</c>; §11 names the
/// KYB ones. For accounts, sessions and listing verifications Beltic names no scope, so the fake uses
/// <c>identity:write</c> / <c>identity:read</c>; creating a verification uses <c>verifications:write</c>, the scope
/// the document-verification guide names; creating a <c>document/idv</c> needs <c>documents:write</c> and
/// <c>verifications:write</c>, as that guide says.
/// </summary>
internal static class IdentityScopes
{
    public const string IdentityWrite = "identity:write";
    public const string IdentityRead = "identity:read";
    public const string VerificationsWrite = "verifications:write";
    public const string DocumentsWrite = "documents:write";
    public const string DocumentsRead = "documents:read";
    public const string TemplatesWrite = "document_templates:write";
    public const string TemplatesRead = "document_templates:read";
    public const string BusinessesWrite = "businesses:write";
    public const string BusinessesRead = "businesses:read";
    public const string ScreeningsWrite = "screenings:write";
    public const string ScreeningsRead = "screenings:read";
    public const string WebsiteChecksWrite = "website_checks:write";
}
