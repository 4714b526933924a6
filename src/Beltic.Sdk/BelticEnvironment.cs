namespace Beltic;

/// <summary>The Beltic environment an API key belongs to (its prefix decides it; both share one base URL).</summary>
public enum BelticEnvironment
{
    /// <summary>No key, or a key whose prefix is not recognised.</summary>
    Unknown = 0,

    /// <summary>Isolated, resettable test data (<c>sk_staging_…</c> keys).</summary>
    Staging = 1,

    /// <summary>Live data (<c>sk_production_…</c> keys).</summary>
    Production = 2,
}
