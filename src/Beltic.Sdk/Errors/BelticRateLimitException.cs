namespace Beltic;

/// <summary>
/// 429 Too Many Requests, after the SDK's own retries ran out or the server asked for a wait longer than
/// <see cref="BelticClientOptions.MaxRetryAfter"/>. <see cref="BelticApiException.RetryAfter"/> says how long to wait.
/// </summary>
public sealed class BelticRateLimitException : BelticApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="details">Everything read from the response.</param>
    public BelticRateLimitException(BelticErrorDetails details)
        : base(details)
    {
    }
}
