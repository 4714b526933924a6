using Beltic.Identity;

namespace Beltic.Webhooks;

/// <summary>
/// A document webhook delivery: a resource (usually a <c>document</c>) reached a subscribed status. The payload is
/// undocumented beyond "a JSON:API document status event", so the SDK reads the JSON:API form
/// (<c>data.type</c>, <c>data.id</c>, <c>data.attributes.status</c>) and a flat form (<c>resource_type</c>,
/// <c>resource_id</c>, <c>status</c>); everything else is in <see cref="WebhookEvent.Raw"/>.
/// </summary>
public sealed record DocumentStatusChangedEvent : WebhookEvent
{
    /// <summary>The resource's type, e.g. <c>document</c>.</summary>
    public string? ResourceType { get; init; }

    /// <summary>The resource's id.</summary>
    public required string ResourceId { get; init; }

    /// <summary>The status it reached.</summary>
    public required DocumentStatus Status { get; init; }

    /// <summary>The status before, when the payload says (<c>previous_status</c>).</summary>
    public DocumentStatus? PreviousStatus { get; init; }
}
