namespace Beltic.Businesses;

/// <summary>An amount of capital in a currency.</summary>
public sealed record BusinessCapitalAmount
{
    /// <summary>The amount in the currency's major unit, as the registry reports it (not minor units).</summary>
    public decimal? Amount { get; init; }

    /// <summary>ISO 4217 currency code.</summary>
    public string? Currency { get; init; }
}
