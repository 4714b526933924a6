using System.Net;
using System.Text;

namespace Beltic;

/// <summary>What the SDK read from an error response, in every body form the API uses.</summary>
public sealed class BelticErrorDetails
{
    /// <summary>Creates the details.</summary>
    /// <param name="statusCode">HTTP status.</param>
    /// <param name="code">Machine-readable error code, if any.</param>
    /// <param name="message">Human message.</param>
    /// <param name="requestId">Request id, if any.</param>
    /// <param name="rawBody">Raw response body.</param>
    public BelticErrorDetails(HttpStatusCode statusCode, string? code, string message, string? requestId, string rawBody)
    {
        StatusCode = statusCode;
        Code = code;
        Message = message;
        RequestId = requestId;
        RawBody = rawBody;
    }

    /// <summary>The HTTP status code.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The machine-readable error code, if any.</summary>
    public string? Code { get; }

    /// <summary>The human message.</summary>
    public string Message { get; }

    /// <summary>The request id, if any.</summary>
    public string? RequestId { get; }

    /// <summary>The raw body.</summary>
    public string RawBody { get; }

    /// <summary>The <c>Retry-After</c> delay, if the response carried one.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The missing scope named by a 403 body, if any.</summary>
    public string? MissingScope { get; init; }

    /// <summary>Per-field errors.</summary>
    public IReadOnlyList<BelticFieldError> FieldErrors { get; init; } = [];

    /// <summary>The HTTP method of the failed request.</summary>
    public string? Method { get; init; }

    /// <summary>The path of the failed request (no query string).</summary>
    public string? Path { get; init; }

    internal string ToMessage()
    {
        var sb = new StringBuilder();
        sb.Append("Beltic API returned ").Append((int)StatusCode);
        if (Method is not null)
        {
            sb.Append(" for ").Append(Method).Append(' ').Append(Path);
        }

        if (Code is not null)
        {
            sb.Append(" (").Append(Code).Append(')');
        }

        sb.Append(": ").Append(Message);
        foreach (var f in FieldErrors.Take(10))
        {
            sb.Append(" [").Append(f.Field ?? f.Pointer ?? "?").Append(": ").Append(f.Message).Append(']');
        }

        if (MissingScope is not null)
        {
            sb.Append(" Missing scope: ").Append(MissingScope).Append('.');
        }

        if (RetryAfter is { } ra)
        {
            sb.Append(" Retry after ").Append(ra.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)).Append(" s.");
        }

        if (RequestId is not null)
        {
            sb.Append(" Request id: ").Append(RequestId).Append('.');
        }

        return sb.ToString();
    }
}
