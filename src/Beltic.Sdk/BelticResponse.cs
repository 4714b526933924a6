using System.Net;

namespace Beltic;

/// <summary>The HTTP facts behind a returned model: status, request id, idempotency key and headers.</summary>
public sealed class BelticResponse
{
    /// <summary>Creates the response record.</summary>
    /// <param name="statusCode">HTTP status.</param>
    /// <param name="headers">Response headers (names case-insensitive).</param>
    /// <param name="idempotencyKey">The <c>Idempotency-Key</c> the SDK sent, if any.</param>
    public BelticResponse(HttpStatusCode statusCode, IReadOnlyDictionary<string, IReadOnlyList<string>> headers, string? idempotencyKey)
    {
        StatusCode = statusCode;
        Headers = headers;
        IdempotencyKey = idempotencyKey;
        RequestId = headers.TryGetValue("X-Request-Id", out var v) && v.Count > 0 ? v[0] : null;
    }

    /// <summary>The HTTP status code.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The <c>X-Request-Id</c> header, if the server sent one.</summary>
    public string? RequestId { get; }

    /// <summary>The <c>Idempotency-Key</c> the SDK sent with the request (POST, PATCH, DELETE).</summary>
    public string? IdempotencyKey { get; }

    /// <summary>All response and content headers.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; }
}
