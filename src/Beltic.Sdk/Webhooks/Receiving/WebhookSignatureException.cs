namespace Beltic.Webhooks;

/// <summary>
/// A received delivery was refused: <see cref="Reason"/> says which check failed, <see cref="HeaderName"/> which header
/// when one is at fault. Answer the sender with 400 (or 401) and do not act on the body. The message never contains a
/// secret, a signature or the body.
/// </summary>
public sealed class WebhookSignatureException : BelticException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="reason">Which check failed.</param>
    /// <param name="message">What went wrong.</param>
    /// <param name="headerName">The header at fault, if any.</param>
    /// <param name="innerException">The underlying cause, if any.</param>
    public WebhookSignatureException(WebhookSignatureFailure reason, string message, string? headerName = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Reason = reason;
        HeaderName = headerName;
    }

    /// <summary>Which check failed.</summary>
    public WebhookSignatureFailure Reason { get; }

    /// <summary>The header at fault (missing or unreadable), or null.</summary>
    public string? HeaderName { get; }
}
