namespace Beltic.Webhooks;

/// <summary>
/// A verified delivery of a type this SDK version does not know (a new audit event type, a test ping, a document
/// payload without a resource id and status). Its signature was checked; read it from <see cref="WebhookEvent.Raw"/>.
/// </summary>
public sealed record UnknownWebhookEvent : WebhookEvent;
