namespace Beltic;

/// <summary>400 Bad Request or 422 Unprocessable Entity: the request was rejected; see <see cref="BelticApiException.FieldErrors"/>.</summary>
public sealed class BelticValidationException : BelticApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="details">Everything read from the response.</param>
    public BelticValidationException(BelticErrorDetails details)
        : base(details)
    {
    }
}
