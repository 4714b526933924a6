namespace Beltic.Http;

/// <summary>The client-side limiter's queue for the call's key and tier was full: nothing was sent.</summary>
internal sealed class ClientRateLimitRejection(TimeSpan? retryAfter)
    : Exception("The client-side rate limiter's queue is full; nothing was sent.")
{
    /// <summary>When the limiter expects a permit to be free, if it says.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
