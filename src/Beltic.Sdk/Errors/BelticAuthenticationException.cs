namespace Beltic;

/// <summary>401 Unauthorized: the API key is missing, malformed or revoked.</summary>
public sealed class BelticAuthenticationException : BelticApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="details">Everything read from the response.</param>
    public BelticAuthenticationException(BelticErrorDetails details)
        : base(details)
    {
    }
}
