using System.Text.Json.Serialization;
using Beltic.Serialization;

namespace Beltic.Screenings;

/// <summary>Status of a screening. Beltic documents <c>pending</c> (an async screening that has not run yet); <c>processing</c>, <c>completed</c> and <c>failed</c> are assumed names. Values the SDK does not know yet are kept as-is, never an error.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(BelticEnumConverter<ScreeningStatus>))]
public readonly record struct ScreeningStatus(string Value) : IBelticEnum<ScreeningStatus>
{
    /// <summary>Accepted, not run yet. (<c>pending</c>)</summary>
    public static ScreeningStatus Pending { get; } = new("pending");

    /// <summary>Running (assumed value). (<c>processing</c>)</summary>
    public static ScreeningStatus Processing { get; } = new("processing");

    /// <summary>Finished; read <see cref="Screening.HasMatch"/> (assumed value). (<c>completed</c>)</summary>
    public static ScreeningStatus Completed { get; } = new("completed");

    /// <summary>Could not run; read <see cref="Screening.Errors"/> (assumed value). (<c>failed</c>)</summary>
    public static ScreeningStatus Failed { get; } = new("failed");

    /// <summary>Converts a wire value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ScreeningStatus(string value) => new(value);

    /// <summary>The wire value.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;

    static ScreeningStatus IBelticEnum<ScreeningStatus>.FromValue(string value) => new(value);
}
