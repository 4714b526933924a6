using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Beltic.Serialization.JsonApi;

namespace Beltic.WebsiteChecks;

/// <summary>
/// The answer to a website check. Beltic documents only the request, so this models only <see cref="Url"/>; read
/// everything else from <see cref="BelticResource.RawAttributes"/> or, when the answer is not a JSON:API resource at
/// all, from <see cref="RawJson"/>.
/// </summary>
public sealed record WebsiteCheck : BelticResource, IJsonApiResource<WebsiteCheck>
{
    /// <summary>The checked URL, as Beltic recorded it.</summary>
    public string? Url { get; init; }

    /// <summary>
    /// The whole response body as received (<see cref="JsonValueKind.Undefined"/> when it was empty). When the body was
    /// not a JSON:API resource, this is the only member set (with <see cref="BelticObject.RawResponse"/>).
    /// </summary>
    [JsonIgnore]
    public JsonElement RawJson { get; internal set; }

    static string IJsonApiResource<WebsiteCheck>.ExpectedType => WebsiteChecksResources.WebsiteCheck;

    static bool IJsonApiResource<WebsiteCheck>.Accepts(string type) => WebsiteChecksResources.IsWebsiteCheck(type);

    static JsonTypeInfo<WebsiteCheck> IJsonApiResource<WebsiteCheck>.AttributesTypeInfo => WebsiteChecksJsonContext.Default.WebsiteCheck;
}
