using System.Text.Json;
using System.Text.Json.Serialization;

namespace Beltic;

/// <summary>
/// Base of the models read from Beltic's resource APIs (Identity, Documents, templates): an id, the resource's
/// type, the ids of related resources and any resources the server sent along. The JSON:API envelope itself never
/// shows; typed properties on the derived records carry the attributes.
/// </summary>
public abstract record BelticResource : BelticObject
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<ResourceReference>> NoRelationships =
        new Dictionary<string, IReadOnlyList<ResourceReference>>(StringComparer.Ordinal);

    /// <summary>The resource id, e.g. <c>acc_01HQ…</c>.</summary>
    [JsonInclude]
    public string Id { get; internal set; } = string.Empty;

    /// <summary>The resource type as the API names it, e.g. <c>account</c> or <c>verification/idv</c>.</summary>
    [JsonIgnore]
    public string ResourceType { get; internal set; } = string.Empty;

    /// <summary>
    /// Every relationship by name with the resources it points to: one entry for a to-one relationship, any number
    /// for a to-many one, none for an empty (null) one. The typed properties (e.g. <c>SessionId</c>) read from here.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, IReadOnlyList<ResourceReference>> Relationships { get; internal set; } = NoRelationships;

    /// <summary>Resources the server included with the response (JSON:API <c>included</c>), typed where the SDK knows the type.</summary>
    [JsonIgnore]
    public IncludedResources Included { get; internal set; } = IncludedResources.Empty;

    /// <summary>
    /// The <c>meta</c> object that came with this resource: the document's top-level <c>meta</c> for a single resource,
    /// the resource's own <c>meta</c> inside a list. Undefined (<see cref="JsonValueKind.Undefined"/>) when absent.
    /// </summary>
    [JsonIgnore]
    public JsonElement Meta { get; internal set; }

    /// <summary>The raw attributes as received: an escape hatch for fields this SDK version does not model yet.</summary>
    [JsonIgnore]
    public JsonElement RawAttributes { get; internal set; }

    /// <summary>The id of the single resource a relationship points to, or null when it is empty or absent.</summary>
    /// <param name="relationship">The relationship name, e.g. <c>session</c>.</param>
    /// <returns>The related id.</returns>
    protected string? RelatedId(string relationship)
        => Relationships.TryGetValue(relationship, out var refs) && refs.Count > 0 ? refs[0].Id : null;

    /// <summary>The ids of the resources a relationship points to (empty when it is empty or absent).</summary>
    /// <param name="relationship">The relationship name, e.g. <c>sessions</c>.</param>
    /// <returns>The related ids in server order.</returns>
    protected IReadOnlyList<string> RelatedIds(string relationship)
        => Relationships.TryGetValue(relationship, out var refs) ? refs.Select(r => r.Id).ToArray() : [];
}
