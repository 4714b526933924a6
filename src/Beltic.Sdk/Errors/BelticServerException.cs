namespace Beltic;

/// <summary>5xx: Beltic failed to handle the request. Retried automatically for 500, 502, 503 and 504 before this is thrown.</summary>
public sealed class BelticServerException : BelticApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="details">Everything read from the response.</param>
    public BelticServerException(BelticErrorDetails details)
        : base(details)
    {
    }
}
