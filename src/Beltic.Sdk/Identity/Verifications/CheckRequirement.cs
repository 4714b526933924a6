using System.Text.Json.Serialization;
using Beltic.Serialization;

namespace Beltic.Identity;

/// <summary>Whether a check counts towards the verification's outcome. Values the SDK does not know yet are kept as-is, never an error.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(BelticEnumConverter<CheckRequirement>))]
public readonly record struct CheckRequirement(string Value) : IBelticEnum<CheckRequirement>
{
    /// <summary>Required. (<c>required</c>)</summary>
    public static CheckRequirement Required { get; } = new("required");

    /// <summary>Informational only. (<c>not_required</c>)</summary>
    public static CheckRequirement NotRequired { get; } = new("not_required");

    /// <summary>Converts a wire value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator CheckRequirement(string value) => new(value);

    /// <summary>The wire value.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;

    static CheckRequirement IBelticEnum<CheckRequirement>.FromValue(string value) => new(value);
}
