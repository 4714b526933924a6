using System.Collections.Concurrent;

namespace Beltic.Testing.Auth;

/// <summary>The API keys the fake accepts, each with its scopes (the default key has all of them).</summary>
internal sealed class ApiKeyRegistry
{
    private readonly ConcurrentDictionary<string, IReadOnlySet<string>?> _keys = new(StringComparer.Ordinal);

    public ApiKeyRegistry(string defaultKey) => Add(defaultKey, null);

    /// <summary>Adds a key; null scopes means every scope.</summary>
    public void Add(string key, IEnumerable<string>? scopes)
    {
        if (!(key.StartsWith("sk_staging_", StringComparison.Ordinal) || key.StartsWith("sk_production_", StringComparison.Ordinal)))
        {
            throw new ArgumentException("A Beltic API key starts with sk_staging_ or sk_production_.", nameof(key));
        }

        _keys[key] = scopes is null ? null : new HashSet<string>(scopes, StringComparer.Ordinal);
    }

    public bool Remove(string key) => _keys.TryRemove(key, out _);

    public bool TryGet(string key, out IReadOnlySet<string>? scopes) => _keys.TryGetValue(key, out scopes);

    /// <summary>Whether a scope set grants a scope (<c>workflows:write</c> implies <c>workflows:editor:read</c>).</summary>
    public static bool Grants(IReadOnlySet<string>? scopes, string scope)
        => scopes is null || scopes.Contains(scope) || (scope == "workflows:editor:read" && scopes.Contains("workflows:write"));
}
