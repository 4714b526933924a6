using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Beltic.Serialization.JsonApi;

namespace Beltic.Screenings;

/// <summary>
/// A PEP, watchlist or adverse-media screening of a person or business: its status, whether anything matched, and
/// the lists and entities that did. Members the SDK does not model are in <see cref="BelticResource.RawAttributes"/>.
/// </summary>
public sealed record Screening : BelticResource, IJsonApiResource<Screening>
{
    /// <summary>The kind of screening (the resource's <c>type</c>).</summary>
    [JsonIgnore]
    public ScreeningType Type => new(ResourceType);

    /// <summary>Status; <see cref="ScreeningStatus.Pending"/> until an async screening has run.</summary>
    public ScreeningStatus? Status { get; init; }

    /// <summary>How it was run.</summary>
    public ScreeningExecutionMode? ExecutionMode { get; init; }

    /// <summary>The query as Beltic recorded it (raw JSON: its shape depends on <see cref="Type"/>).</summary>
    public JsonElement? Query { get; init; }

    /// <summary>Whether any list matched; null until the screening has run.</summary>
    public bool? HasMatch { get; init; }

    /// <summary>The lists that matched, with the matching entities.</summary>
    public IReadOnlyList<ScreeningMatchedList> MatchedLists { get; init; } = [];

    /// <summary>Problems that kept the screening from running (fully or partly).</summary>
    public IReadOnlyList<ScreeningError> Errors { get; init; } = [];

    /// <summary>Entries excluded from matching (raw JSON: the shape is not documented).</summary>
    public IReadOnlyList<JsonElement> IgnoreList { get; init; } = [];

    /// <summary>When the screening was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When it started running.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When it finished.</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>The screened identity account (relationship <c>account</c>), if any.</summary>
    [JsonIgnore]
    public string? AccountId => RelatedId("account");

    /// <summary>The screened business (relationship <c>business</c>), if any.</summary>
    [JsonIgnore]
    public string? BusinessId => RelatedId("business");

    /// <summary>
    /// Whether it has yet to finish: no <see cref="CompletedAt"/> and a status of <c>pending</c> or <c>processing</c>.
    /// Pass it to <see cref="ScreeningsClient.WaitForCompletionAsync(Screening, ScreeningWaitOptions?, RequestOptions?, CancellationToken)"/>.
    /// </summary>
    [JsonIgnore]
    public bool IsPending => CompletedAt is null && (Status == ScreeningStatus.Pending || Status == ScreeningStatus.Processing);

    static string IJsonApiResource<Screening>.ExpectedType => ScreeningsResources.Prefix + "*";

    static bool IJsonApiResource<Screening>.Accepts(string type) => ScreeningsResources.IsScreening(type);

    static JsonTypeInfo<Screening> IJsonApiResource<Screening>.AttributesTypeInfo => ScreeningsJsonContext.Default.Screening;
}
