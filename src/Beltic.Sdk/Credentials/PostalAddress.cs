namespace Beltic.Credentials;

/// <summary>A registered address in business claims.</summary>
public sealed record PostalAddress
{
    /// <summary>First address line.</summary>
    public string? Line1 { get; init; }

    /// <summary>Second address line.</summary>
    public string? Line2 { get; init; }

    /// <summary>City.</summary>
    public string? City { get; init; }

    /// <summary>State, province or region.</summary>
    public string? StateOrRegion { get; init; }

    /// <summary>Postal code.</summary>
    public string? PostalCode { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country code.</summary>
    public string? Country { get; init; }
}
