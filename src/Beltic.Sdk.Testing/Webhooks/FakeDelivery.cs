namespace Beltic.Testing;

/// <summary>
/// One delivery the fake made to an audit stream or a document webhook, with all its attempts, as a test may assert on
/// it. It is recorded once it is over: delivered (a 2xx answer), or given up after the last attempt.
/// </summary>
public sealed record FakeDelivery
{
    /// <summary>The delivery's id (<c>dlv_…</c>), unique within the fake.</summary>
    public required string Id { get; init; }

    /// <summary>Audit stream or document webhook.</summary>
    public required FakeDeliveryKind Kind { get; init; }

    /// <summary>The audit stream's or webhook configuration's id.</summary>
    public required string TargetId { get; init; }

    /// <summary>The event delivered: an audit event type (<c>credential.revoked</c>) or <c>document.status_changed</c>.</summary>
    public required string EventType { get; init; }

    /// <summary>Where it was POSTed.</summary>
    public required Uri Url { get; init; }

    /// <summary>The headers of the last attempt (signature, timestamp or token, <c>Content-Type</c>, <c>User-Agent</c>).</summary>
    public required IReadOnlyDictionary<string, string> Headers { get; init; }

    /// <summary>The body as sent (UTF-8 JSON, identical in every attempt): what the signature covers.</summary>
    public required string Body { get; init; }

    /// <summary>The status of each attempt in order; 0 for an attempt that got no answer (connection failure, timeout).</summary>
    public required IReadOnlyList<int> AttemptStatusCodes { get; init; }

    /// <summary>Whether an attempt got a 2xx answer.</summary>
    public required bool Succeeded { get; init; }

    /// <summary>Why the last attempt failed (an HTTP status, a connection error, the target deleted), or null when it succeeded.</summary>
    public string? Error { get; init; }

    /// <summary>When the first attempt was made, on the fake's clock.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When it was over, on the fake's clock.</summary>
    public required DateTimeOffset CompletedAt { get; init; }

    /// <summary>How many attempts were made (1 to 5).</summary>
    public int Attempts => AttemptStatusCodes.Count;

    /// <summary>The status of the last attempt; 0 when it got no answer.</summary>
    public int StatusCode => AttemptStatusCodes.Count > 0 ? AttemptStatusCodes[^1] : 0;

    /// <summary>A header of the last attempt, or null.</summary>
    /// <param name="name">The header name (case-insensitive).</param>
    /// <returns>The value.</returns>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>The body's exact bytes, to pass to <c>WebhookReceiver</c>.</summary>
    /// <returns>The UTF-8 bytes of <see cref="Body"/>.</returns>
    public byte[] BodyBytes() => System.Text.Encoding.UTF8.GetBytes(Body);
}
