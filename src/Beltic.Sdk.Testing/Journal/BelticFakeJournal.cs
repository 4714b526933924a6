using System.Collections.Concurrent;
using System.Text;
using Beltic.Testing.Hosting;
using Microsoft.AspNetCore.Http;

namespace Beltic.Testing;

/// <summary>Every request the fake received, in order, for tests to assert on (the API key is redacted).</summary>
public sealed class BelticFakeJournal
{
    private readonly ConcurrentQueue<RecordedRequest> _entries = new();

    internal BelticFakeJournal()
    {
    }

    /// <summary>The requests so far.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _entries.ToArray();

    /// <summary>The requests to one path (exact match), in order.</summary>
    /// <param name="method">The method, e.g. <c>POST</c>.</param>
    /// <param name="path">The path, e.g. <c>/v1/credentials</c>.</param>
    /// <returns>The matching requests.</returns>
    public IReadOnlyList<RecordedRequest> To(string method, string path)
        => _entries.Where(r => string.Equals(r.Method, method, StringComparison.OrdinalIgnoreCase) && r.Path == path).ToArray();

    /// <summary>Forgets what was recorded.</summary>
    public void Clear() => _entries.Clear();

    internal void Record(HttpContext context, byte[] body, int status, DateTimeOffset at)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in context.Request.Headers)
        {
            headers[name] = string.Equals(name, "X-Api-Key", StringComparison.OrdinalIgnoreCase) ? Redact(value.ToString()) : value.ToString();
        }

        _entries.Enqueue(new RecordedRequest(
            context.Request.Method,
            context.Request.Path.Value ?? "/",
            context.Request.QueryString.Value ?? string.Empty,
            headers,
            Encoding.UTF8.GetString(body),
            status,
            at));
    }

    /// <summary>Keeps the environment prefix only: <c>sk_staging_***</c>.</summary>
    internal static string Redact(string key)
        => key.StartsWith("sk_production_", StringComparison.Ordinal) ? "sk_production_***"
            : key.StartsWith("sk_staging_", StringComparison.Ordinal) ? "sk_staging_***"
            : "***";
}
