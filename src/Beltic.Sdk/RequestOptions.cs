namespace Beltic;

/// <summary>
/// Per-call settings, accepted by every API method: an API key for this call only (multi-tenant platforms calling on
/// behalf of several Beltic organisations), the idempotency key and a timeout. Validated before anything is sent.
/// </summary>
public sealed class RequestOptions
{
    /// <summary>
    /// The API key for this call, instead of the configured <see cref="BelticClientOptions.ApiKey"/>: an
    /// <c>sk_staging_…</c> or <c>sk_production_…</c> key. Never logged and never put in an exception message. Public
    /// endpoints (well-known documents, public verify) never send it.
    /// </summary>
    public string? ApiKey { get; init; }

    /// <summary>
    /// The <c>Idempotency-Key</c> for this call. When omitted the SDK generates a UUID for POST, PATCH and DELETE; a key
    /// you set is also sent on PUT (which otherwise goes without one), and is not sent on reads (GET), which change
    /// nothing. Either way the same key is sent on every retry of the call, and Beltic returns the original response for a
    /// repeated key within 24 h. At most 255 printable ASCII characters.
    /// </summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>
    /// The total time for this call, across attempts and backoff, instead of <see cref="BelticClientOptions.Timeout"/>
    /// (e.g. a long workflow run). Between 10 ms and 24 h.
    /// </summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Says what is wrong (without echoing a key) before any request is sent.</summary>
    internal void Validate()
    {
        if (ApiKey is not null && Http.ApiKeys.Problem(ApiKey) is { } problem)
        {
            throw new ArgumentException($"RequestOptions.ApiKey {problem}", "requestOptions");
        }

        if (Timeout is { } t && (t < TimeSpan.FromMilliseconds(10) || t > TimeSpan.FromHours(24)))
        {
            throw new ArgumentOutOfRangeException("requestOptions", t, "RequestOptions.Timeout must be between 10 ms and 24 h.");
        }

        if (IdempotencyKey is { } key && (key.Length is 0 or > 255 || key.Any(c => c is < (char)0x21 or > (char)0x7E)))
        {
            throw new ArgumentException(
                "RequestOptions.IdempotencyKey must be 1 to 255 printable ASCII characters without spaces.", "requestOptions");
        }
    }
}
