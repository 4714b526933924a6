using System.Text.Json;

namespace Beltic.Businesses;

/// <summary>One industry classification of a business (e.g. a NAICS or SIC code).</summary>
public sealed record BusinessIndustry
{
    /// <summary>The classification code.</summary>
    public string? Code { get; init; }

    /// <summary>What the code means.</summary>
    public string? Description { get; init; }

    /// <summary>The classification system (e.g. <c>NAICS</c>, <c>SIC</c>, <c>NACE</c>).</summary>
    public string? System { get; init; }

    /// <summary>Whether this is the business's main activity.</summary>
    public bool? IsPrimary { get; init; }

    /// <summary>Translations of the description (raw JSON; the shape is not documented).</summary>
    public JsonElement? Translation { get; init; }
}
