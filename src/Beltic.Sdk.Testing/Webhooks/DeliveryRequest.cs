namespace Beltic.Testing.Webhooks;

/// <summary>
/// What to deliver: the body (signed as is), how to sign it (called again for each attempt, so a retry carries a fresh
/// timestamp) and a token that says the stream or webhook was deleted, which ends the retries.
/// </summary>
internal sealed record DeliveryRequest(
    FakeDeliveryKind Kind,
    string TargetId,
    string EventType,
    Uri Url,
    byte[] Body,
    Func<byte[], IReadOnlyDictionary<string, string>> Sign,
    CancellationToken TargetDeleted);
