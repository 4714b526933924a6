namespace Beltic;

/// <summary>404 Not Found: the resource does not exist (or is not visible to this key).</summary>
public sealed class BelticNotFoundException : BelticApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="details">Everything read from the response.</param>
    public BelticNotFoundException(BelticErrorDetails details)
        : base(details)
    {
    }
}
