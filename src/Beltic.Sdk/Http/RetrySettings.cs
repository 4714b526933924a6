namespace Beltic.Http;

/// <summary>A client's retry and timeout configuration, read once when its pipeline is built.</summary>
/// <param name="MaxRetries">Retries after the first attempt.</param>
/// <param name="MaxRetryAfter">The longest server-requested wait that is still waited for.</param>
/// <param name="Timeout">The total time of a call, across attempts and backoff.</param>
/// <param name="AttemptTimeout">The time of one attempt; null for none (uploads), leaving only the total.</param>
/// <param name="ApiKey">The configured API key, naming the client-side rate-limit bucket when a call has no key of its own.</param>
/// <param name="QueueLimit">How many calls may wait for a client-side permit per key and tier.</param>
internal sealed record RetrySettings(int MaxRetries, TimeSpan MaxRetryAfter, TimeSpan Timeout, TimeSpan? AttemptTimeout, string? ApiKey, int QueueLimit);
