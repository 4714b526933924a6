using System.Text.Json;
using System.Text.Json.Serialization;

namespace Beltic.Audit;

/// <summary>An audit stream: an endpoint Beltic POSTs credential events to, signed with the stream's secret.</summary>
public sealed record AuditStream : BelticObject
{
    /// <summary>The stream id.</summary>
    public string Id { get; init; } = "";

    /// <summary>Where events are delivered.</summary>
    public Uri? Url { get; init; }

    /// <summary>The event types delivered (empty or absent: as the server decides, usually all).</summary>
    public IReadOnlyList<AuditEventType>? EventFilter { get; init; }

    /// <summary>Whether deliveries are being made.</summary>
    public bool? Active { get; init; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Members this SDK version does not model, kept as-is.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
