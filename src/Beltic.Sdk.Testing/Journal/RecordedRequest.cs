namespace Beltic.Testing;

/// <summary>One request the fake received, as a test may assert on it. The API key is redacted.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path, without the query.</param>
/// <param name="Query">The query string (with its leading <c>?</c>), or empty.</param>
/// <param name="Headers">The request headers; <c>X-Api-Key</c> shows only its prefix.</param>
/// <param name="Body">The body as text (UTF-8), or empty.</param>
/// <param name="StatusCode">The status the fake answered, or 0 when the connection was dropped.</param>
/// <param name="ReceivedAt">When it arrived, on the fake's clock.</param>
public sealed record RecordedRequest(
    string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body, int StatusCode, DateTimeOffset ReceivedAt)
{
    /// <summary>A header's value, or null.</summary>
    /// <param name="name">The header name (case-insensitive).</param>
    /// <returns>The value.</returns>
    public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v : null;
}
