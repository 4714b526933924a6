using Beltic.Identity;
using Beltic.Serialization.JsonApi;

namespace Beltic.Sdk.Tests.Support;

/// <summary>The JSON:API mapper with the Identity area's included types, as the Identity clients use it.</summary>
internal static class IdentityMapper
{
    public static T ReadSingle<T>(JsonApiDocument document) where T : BelticResource, IJsonApiResource<T>
        => JsonApiMapper.ReadSingle<T>(document, IdentityResources.Included);

    public static BelticPage<T> ReadPage<T>(JsonApiDocument document) where T : BelticResource, IJsonApiResource<T>
        => JsonApiMapper.ReadPage<T>(document, IdentityResources.Included);
}
