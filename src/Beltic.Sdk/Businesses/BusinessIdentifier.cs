namespace Beltic.Businesses;

/// <summary>One registry identifier of a business.</summary>
public sealed record BusinessIdentifier
{
    /// <summary>What the identifier is (e.g. a registration number or tax id), as the registry names it.</summary>
    public string? Type { get; init; }

    /// <summary>The identifier.</summary>
    public string? Value { get; init; }
}
