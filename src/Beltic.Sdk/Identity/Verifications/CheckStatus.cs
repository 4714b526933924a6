using System.Text.Json.Serialization;
using Beltic.Serialization;

namespace Beltic.Identity;

/// <summary>Result of one verification check. Values the SDK does not know yet are kept as-is, never an error.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(BelticEnumConverter<CheckStatus>))]
public readonly record struct CheckStatus(string Value) : IBelticEnum<CheckStatus>
{
    /// <summary>Passed. (<c>passed</c>)</summary>
    public static CheckStatus Passed { get; } = new("passed");

    /// <summary>Failed. (<c>failed</c>)</summary>
    public static CheckStatus Failed { get; } = new("failed");

    /// <summary>Did not apply. (<c>not_applicable</c>)</summary>
    public static CheckStatus NotApplicable { get; } = new("not_applicable");

    /// <summary>Converts a wire value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator CheckStatus(string value) => new(value);

    /// <summary>The wire value.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;

    static CheckStatus IBelticEnum<CheckStatus>.FromValue(string value) => new(value);
}
