using System.Text.Json;

namespace Beltic.Businesses;

/// <summary>An address of a business as the registry records it (registered or physical).</summary>
public sealed record BusinessAddress
{
    /// <summary>The whole address on one line.</summary>
    public string? FormattedAddress { get; init; }

    /// <summary>Street and number.</summary>
    public string? Street { get; init; }

    /// <summary>Second street line.</summary>
    public string? Street2 { get; init; }

    /// <summary>Post office box.</summary>
    public string? PoBox { get; init; }

    /// <summary>City or town.</summary>
    public string? City { get; init; }

    /// <summary>State or province.</summary>
    public string? StateOrProvince { get; init; }

    /// <summary>Postal code.</summary>
    public string? PostalCode { get; init; }

    /// <summary>Country, as the registry gives it (usually an ISO 3166-1 alpha-2 code).</summary>
    public string? Country { get; init; }

    /// <summary>Latitude, when geocoded.</summary>
    public double? Latitude { get; init; }

    /// <summary>Longitude, when geocoded.</summary>
    public double? Longitude { get; init; }

    /// <summary>Since when the address applies, as the registry gives it.</summary>
    public string? StartDate { get; init; }

    /// <summary>Until when the address applied, as the registry gives it.</summary>
    public string? EndDate { get; init; }

    /// <summary>Translations of the address (raw JSON; the shape is not documented).</summary>
    public JsonElement? Translation { get; init; }
}
