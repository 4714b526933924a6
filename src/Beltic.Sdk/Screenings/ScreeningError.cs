using System.Text.Json;
using System.Text.Json.Serialization;
using Beltic.Serialization;

namespace Beltic.Screenings;

/// <summary>A problem reported on a screening (a list that could not be searched, a query it could not run).</summary>
public sealed record ScreeningError
{
    /// <summary>Machine-readable code.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Code { get; init; }

    /// <summary>Explanation.</summary>
    public string? Message { get; init; }

    /// <summary>Extra facts (raw JSON; the shape is not documented).</summary>
    public JsonElement? Details { get; init; }
}
