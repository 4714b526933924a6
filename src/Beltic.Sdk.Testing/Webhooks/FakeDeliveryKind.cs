namespace Beltic.Testing;

/// <summary>Which of Beltic's two delivery schemes a <see cref="FakeDelivery"/> used.</summary>
public enum FakeDeliveryKind
{
    /// <summary>An audit stream's credential event: <c>Beltic-Signature</c> over <c>"&lt;Beltic-Timestamp&gt;.&lt;body&gt;"</c>.</summary>
    AuditStream,

    /// <summary>A document webhook's status event: <c>X-Webhook-Signature</c> over the body, and <c>X-Webhook-Token</c>.</summary>
    DocumentWebhook,
}
