using Beltic.Identity;
using Beltic.Serialization.JsonApi;

namespace Beltic.Businesses;

/// <summary>
/// The Businesses area's JSON:API <c>type</c> strings and the models its responses may include (the business itself
/// and, since a lookup can belong to a session, the Identity models). Other included types are skipped.
/// </summary>
internal static class BusinessesResources
{
    public const string Business = "business";

    public static readonly IncludedTypes Included = new IncludedTypes().Add<Business>().AddAll(IdentityResources.Included);
}
