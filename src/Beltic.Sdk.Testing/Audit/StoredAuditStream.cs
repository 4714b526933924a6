using System.Text.Json.Nodes;
using Beltic.Testing.Hosting;

namespace Beltic.Testing.Audit;

/// <summary>An audit stream the fake holds: where to POST events, the secret to sign them with, and which types.</summary>
internal sealed class StoredAuditStream
{
    public required string Id { get; init; }

    public required Uri Url { get; init; }

    public required string Secret { get; init; }

    /// <summary>The event types delivered; empty means every type.</summary>
    public required IReadOnlyList<string> EventFilter { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Cancelled when the stream is deleted: retries in flight stop.</summary>
    public CancellationTokenSource Deleted { get; } = new();

    public bool Wants(string eventType) => EventFilter.Count == 0 || EventFilter.Contains(eventType);

    /// <summary>The stream as answered (never the secret): <c>{id, url, event_filter, active, created_at}</c>.</summary>
    public JsonObject ToJson() => new()
    {
        ["id"] = Id,
        ["url"] = Url.AbsoluteUri,
        ["event_filter"] = new JsonArray(EventFilter.Select(t => (JsonNode)JsonValue.Create(t)).ToArray()),
        ["active"] = true,
        ["created_at"] = FakeHttp.Iso(CreatedAt),
    };
}
