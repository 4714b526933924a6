namespace Beltic.Http;

/// <summary>The one format check for Beltic secret keys, used for the configured key and for per-call keys.</summary>
internal static class ApiKeys
{
    public const string HeaderName = "X-Api-Key";

    /// <summary>What is wrong with <paramref name="key"/> (never echoing it), or null when it is a well-formed key.</summary>
    public static string? Problem(string key)
    {
        if (!(HasPrefix(key, "sk_staging_") || HasPrefix(key, "sk_production_")))
        {
            return "is not a Beltic secret key: it must start with 'sk_staging_' or 'sk_production_' followed by the key body.";
        }

        return key.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))
            ? "contains white space or control characters; copy the key exactly as the Beltic Console shows it."
            : null;
    }

    private static bool HasPrefix(string key, string prefix)
        => key.StartsWith(prefix, StringComparison.Ordinal) && key.Length > prefix.Length;
}
