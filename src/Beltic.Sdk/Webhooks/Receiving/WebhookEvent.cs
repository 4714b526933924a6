using System.Text.Json;

namespace Beltic.Webhooks;

/// <summary>
/// A verified delivery, parsed. Match on the derived types: <see cref="AuditStreamEvent"/> (an audit stream's
/// credential event), <see cref="DocumentStatusChangedEvent"/> (a document webhook) or
/// <see cref="UnknownWebhookEvent"/> (a type this SDK version does not know; read <see cref="Raw"/>).
/// </summary>
public abstract record WebhookEvent
{
    private protected WebhookEvent()
    {
    }

    /// <summary>The event's id, when the payload carries one (use it to ignore a delivery you already handled).</summary>
    public string? Id { get; init; }

    /// <summary>The event's type as sent (e.g. <c>credential.revoked</c>), when the payload names one.</summary>
    public string? Type { get; init; }

    /// <summary>The whole payload as received (after its signature was verified): the escape hatch for fields the SDK does not model.</summary>
    public JsonElement Raw { get; init; }
}
