using System.Net;

namespace Beltic;

/// <summary>
/// The Beltic API answered with a non-success status. Derived types exist for the statuses callers usually branch
/// on; everything else is this type.
/// </summary>
public class BelticApiException : BelticException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="details">Everything read from the response.</param>
    public BelticApiException(BelticErrorDetails details)
        : base((details ?? throw new ArgumentNullException(nameof(details))).ToMessage())
    {
        Details = details;
    }

    /// <summary>Everything read from the error response.</summary>
    public BelticErrorDetails Details { get; }

    /// <summary>The HTTP status code.</summary>
    public HttpStatusCode StatusCode => Details.StatusCode;

    /// <summary>The machine-readable error code from the body (e.g. <c>unauthorized</c>, <c>rate_limited</c>), if any.</summary>
    public string? ErrorCode => Details.Code;

    /// <summary>The server's message, or a description of the status when the body had none.</summary>
    public string ServerMessage => Details.Message;

    /// <summary>The request id from the body or the <c>X-Request-Id</c> header; quote it to Beltic support.</summary>
    public string? RequestId => Details.RequestId;

    /// <summary>The raw response body (may be empty or non-JSON).</summary>
    public string RawBody => Details.RawBody;

    /// <summary>How long the server asked us to wait (<c>Retry-After</c>), if it said.</summary>
    public TimeSpan? RetryAfter => Details.RetryAfter;

    /// <summary>Per-field errors (400/422 and JSON:API error arrays); empty when the body names none.</summary>
    public IReadOnlyList<BelticFieldError> FieldErrors => Details.FieldErrors;
}
