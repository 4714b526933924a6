namespace Beltic.Identity;

/// <summary>An address as read from a proof-of-address document.</summary>
public sealed record DocumentAddress
{
    /// <summary>First line.</summary>
    public string? Line1 { get; init; }

    /// <summary>Second line.</summary>
    public string? Line2 { get; init; }

    /// <summary>City.</summary>
    public string? City { get; init; }

    /// <summary>State, province or region.</summary>
    public string? Subdivision { get; init; }

    /// <summary>Postal code.</summary>
    public string? PostalCode { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country code.</summary>
    public string? CountryCode { get; init; }
}
