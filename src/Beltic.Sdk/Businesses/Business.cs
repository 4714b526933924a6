using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Beltic.Serialization.JsonApi;

namespace Beltic.Businesses;

/// <summary>
/// A business found in a company registry by a KYB lookup: its registration, addresses, identifiers, industry and
/// capital. Members the SDK does not model are in <see cref="BelticResource.RawAttributes"/>.
/// </summary>
public sealed record Business : BelticResource, IJsonApiResource<Business>
{
    /// <summary>Whether the registry lists the business as registered.</summary>
    public bool? IsRegistered { get; init; }

    /// <summary>The name the business is registered under.</summary>
    public string? OfficialName { get; init; }

    /// <summary>The registry's status of the business (e.g. <c>active</c>), as the registry words it.</summary>
    public string? Status { get; init; }

    /// <summary>Legal form (e.g. <c>Private Limited Company</c>), as the registry words it.</summary>
    public string? LegalForm { get; init; }

    /// <summary>Date of registration, as the registry gives it (usually <c>yyyy-MM-dd</c>; some registries give less).</summary>
    public string? RegistrationDate { get; init; }

    /// <summary>Date of dissolution, if dissolved, as the registry gives it.</summary>
    public string? DissolutionDate { get; init; }

    /// <summary>Translations of the record's texts (raw JSON; the shape is not documented).</summary>
    public JsonElement? Translation { get; init; }

    /// <summary>The registered (legal) address.</summary>
    public BusinessAddress? RegisteredAddress { get; init; }

    /// <summary>The physical (operating) address.</summary>
    public BusinessAddress? PhysicalAddress { get; init; }

    /// <summary>Registry identifiers (registration number, tax id, …).</summary>
    public IReadOnlyList<BusinessIdentifier> Identifiers { get; init; } = [];

    /// <summary>Industry classifications; <see cref="BusinessIndustry.IsPrimary"/> marks the main one.</summary>
    public IReadOnlyList<BusinessIndustry> Industry { get; init; } = [];

    /// <summary>Registered and paid-up capital.</summary>
    public BusinessCapital? Capital { get; init; }

    /// <summary><see cref="BusinessAsyncStatus.Processing"/> while an asynchronous lookup is still running.</summary>
    public BusinessAsyncStatus? AsyncStatus { get; init; }

    /// <summary>The session the lookup belongs to (relationship <c>session</c>), if any.</summary>
    [JsonIgnore]
    public string? SessionId => RelatedId("session");

    /// <summary>
    /// Whether the lookup is still running: <c>async_status</c> is <c>processing</c> (in the attributes or the
    /// <c>meta</c>), or — when the record says nothing — the create answered <c>201</c> instead of <c>200</c>. Pass the
    /// record to <see cref="BusinessesClient.WaitForCompletionAsync(Business, BusinessWaitOptions?, RequestOptions?, CancellationToken)"/>.
    /// </summary>
    [JsonIgnore]
    public bool IsProcessing => (AsyncStatus ?? MetaAsyncStatus) is { } status
        ? status == BusinessAsyncStatus.Processing
        : RawResponse?.StatusCode == HttpStatusCode.Created;

    private BusinessAsyncStatus? MetaAsyncStatus
        => Meta.ValueKind == JsonValueKind.Object && Meta.TryGetProperty("async_status", out var s) && s.ValueKind == JsonValueKind.String
            ? new BusinessAsyncStatus(s.GetString()!)
            : (BusinessAsyncStatus?)null;

    static string IJsonApiResource<Business>.ExpectedType => BusinessesResources.Business;

    static bool IJsonApiResource<Business>.Accepts(string type) => type == BusinessesResources.Business;

    static JsonTypeInfo<Business> IJsonApiResource<Business>.AttributesTypeInfo => BusinessesJsonContext.Default.Business;
}
