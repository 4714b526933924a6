namespace Beltic;

/// <summary>
/// No HTTP response arrived: the connection failed or the request timed out, and retries (if any) ran out.
/// </summary>
public sealed class BelticTransportException : BelticException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="isTimeout">Whether a timeout (per attempt or total) ended the request.</param>
    /// <param name="innerException">The transport error.</param>
    public BelticTransportException(string message, bool isTimeout, Exception? innerException)
        : base(message, innerException)
    {
        IsTimeout = isTimeout;
    }

    /// <summary>Whether a timeout (per attempt or total) ended the request.</summary>
    public bool IsTimeout { get; }
}
