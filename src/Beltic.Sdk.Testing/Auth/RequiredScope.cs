namespace Beltic.Testing.Auth;

/// <summary>Endpoint metadata: the scope a route needs (§1 and §11 scope tables), or none for a public route.</summary>
internal sealed record RequiredScope(string? Scope)
{
    public static RequiredScope Public { get; } = new((string?)null);
}
