using System.Text.Json.Serialization;
using Beltic.Serialization;

namespace Beltic.Screenings;

/// <summary>How Beltic runs a screening: <c>async</c> (the server's default) answers at once with a pending screening; <c>sync</c> holds the call open (up to 55 s) and answers with the result. Values the SDK does not know yet are kept as-is, never an error.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(BelticEnumConverter<ScreeningExecutionMode>))]
public readonly record struct ScreeningExecutionMode(string Value) : IBelticEnum<ScreeningExecutionMode>
{
    /// <summary>Answer at once with a pending screening; poll it. The server's default. (<c>async</c>)</summary>
    public static ScreeningExecutionMode Async { get; } = new("async");

    /// <summary>Answer with the result, waiting up to 55 s; the SDK gives this call 75 s per attempt. (<c>sync</c>)</summary>
    public static ScreeningExecutionMode Sync { get; } = new("sync");

    /// <summary>Converts a wire value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ScreeningExecutionMode(string value) => new(value);

    /// <summary>The wire value.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;

    static ScreeningExecutionMode IBelticEnum<ScreeningExecutionMode>.FromValue(string value) => new(value);
}
