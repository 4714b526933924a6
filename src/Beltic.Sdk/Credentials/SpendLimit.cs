namespace Beltic.Credentials;

/// <summary>A spend limit on an agent.</summary>
/// <param name="Amount">The limit in minor units (cents).</param>
/// <param name="Currency">ISO 4217 currency code.</param>
/// <param name="Period">ISO 8601 period, e.g. <c>P1M</c>.</param>
public sealed record SpendLimit(long Amount, string Currency, string? Period = null);
