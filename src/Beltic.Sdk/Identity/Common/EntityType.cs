using System.Text.Json.Serialization;
using Beltic.Serialization;

namespace Beltic.Identity;

/// <summary>Whether an account or session is about a person or a business. Values the SDK does not know yet are kept as-is, never an error.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(BelticEnumConverter<EntityType>))]
public readonly record struct EntityType(string Value) : IBelticEnum<EntityType>
{
    /// <summary>A natural person. (<c>person</c>)</summary>
    public static EntityType Person { get; } = new("person");

    /// <summary>A legal entity. (<c>business</c>)</summary>
    public static EntityType Business { get; } = new("business");

    /// <summary>Converts a wire value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator EntityType(string value) => new(value);

    /// <summary>The wire value.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;

    static EntityType IBelticEnum<EntityType>.FromValue(string value) => new(value);
}
