namespace Beltic.Identity;

/// <summary>A postal address of an account or session.</summary>
public sealed record Address
{
    /// <summary>First address line.</summary>
    public string? Line1 { get; init; }

    /// <summary>Second address line.</summary>
    public string? Line2 { get; init; }

    /// <summary>Neighbourhood or district.</summary>
    public string? Sublocality { get; init; }

    /// <summary>City or town.</summary>
    public string? Locality { get; init; }

    /// <summary>State, province or region.</summary>
    public string? AdministrativeArea { get; init; }

    /// <summary>Postal code.</summary>
    public string? PostalCode { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country code.</summary>
    public string? CountryCode { get; init; }
}
