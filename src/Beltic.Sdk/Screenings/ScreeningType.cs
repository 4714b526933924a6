using System.Text.Json.Serialization;
using Beltic.Serialization;

namespace Beltic.Screenings;

/// <summary>The kind of screening: its JSON:API <c>type</c>, which decides the shape of its query. Values the SDK does not know yet are kept as-is, never an error.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(BelticEnumConverter<ScreeningType>))]
public readonly record struct ScreeningType(string Value) : IBelticEnum<ScreeningType>
{
    /// <summary>Is the person politically exposed? Query: <see cref="PersonScreeningQuery"/>. (<c>screening/politically-exposed-person</c>)</summary>
    public static ScreeningType PoliticallyExposedPerson { get; } = new(ScreeningsResources.PoliticallyExposedPerson);

    /// <summary>Is the person on a sanctions or watch list? Query: <see cref="PersonScreeningQuery"/>. (<c>screening/watchlist</c>)</summary>
    public static ScreeningType Watchlist { get; } = new(ScreeningsResources.Watchlist);

    /// <summary>Is the business on a sanctions or watch list? Query: <see cref="BusinessScreeningQuery"/>. (<c>screening/business-watchlist</c>)</summary>
    public static ScreeningType BusinessWatchlist { get; } = new(ScreeningsResources.BusinessWatchlist);

    /// <summary>Does adverse media mention the business? Query: <see cref="BusinessScreeningQuery"/>. (<c>screening/business-adverse-media</c>)</summary>
    public static ScreeningType BusinessAdverseMedia { get; } = new(ScreeningsResources.BusinessAdverseMedia);

    /// <summary>Converts a wire value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ScreeningType(string value) => new(value);

    /// <summary>The wire value.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;

    static ScreeningType IBelticEnum<ScreeningType>.FromValue(string value) => new(value);
}
