using System.Net;
using System.Net.Http.Headers;

namespace Beltic;

/// <summary>The HTTP facts behind a returned model: status, request id, idempotency key and headers.</summary>
public sealed class BelticResponse
{
    private readonly HttpResponseHeaders? _responseHeaders;
    private readonly HttpContentHeaders? _contentHeaders;
    private IReadOnlyDictionary<string, IReadOnlyList<string>>? _headers;

    /// <summary>Creates the response record.</summary>
    /// <param name="statusCode">HTTP status.</param>
    /// <param name="headers">Response headers (names case-insensitive).</param>
    /// <param name="idempotencyKey">The <c>Idempotency-Key</c> the SDK sent, if any.</param>
    public BelticResponse(HttpStatusCode statusCode, IReadOnlyDictionary<string, IReadOnlyList<string>> headers, string? idempotencyKey)
    {
        ArgumentNullException.ThrowIfNull(headers);
        StatusCode = statusCode;
        _headers = headers;
        IdempotencyKey = idempotencyKey;
        RequestId = headers.TryGetValue("X-Request-Id", out var v) && v.Count > 0 ? v[0] : null;
    }

    // From a live response: the header collections are kept (not the message or its body) and copied only when asked,
    // because most callers never read them.
    internal BelticResponse(HttpStatusCode statusCode, HttpResponseHeaders? headers, HttpContentHeaders? contentHeaders, string? requestId, string? idempotencyKey)
    {
        StatusCode = statusCode;
        _responseHeaders = headers;
        _contentHeaders = contentHeaders;
        RequestId = requestId;
        IdempotencyKey = idempotencyKey;
    }

    /// <summary>The HTTP status code.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The <c>X-Request-Id</c> header, if the server sent one.</summary>
    public string? RequestId { get; }

    /// <summary>The <c>Idempotency-Key</c> the SDK sent with the request (POST, PATCH and DELETE; PUT when you chose one).</summary>
    public string? IdempotencyKey { get; }

    /// <summary>All response and content headers (names case-insensitive).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers => _headers ??= Copy(_responseHeaders, _contentHeaders);

    private static Dictionary<string, IReadOnlyList<string>> Copy(HttpResponseHeaders? headers, HttpContentHeaders? contentHeaders)
    {
        var all = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var h in (IEnumerable<KeyValuePair<string, IEnumerable<string>>>?)headers ?? [])
        {
            all[h.Key] = h.Value.ToArray();
        }

        foreach (var h in (IEnumerable<KeyValuePair<string, IEnumerable<string>>>?)contentHeaders ?? [])
        {
            all[h.Key] = h.Value.ToArray();
        }

        return all;
    }
}
