using System.Text.Json.Serialization;
using Beltic.Serialization;

namespace Beltic.Identity;

/// <summary>Outcome of a verification. Values the SDK does not know yet are kept as-is, never an error.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(BelticEnumConverter<VerificationStatus>))]
public readonly record struct VerificationStatus(string Value) : IBelticEnum<VerificationStatus>
{
    /// <summary>Started. (<c>initiated</c>)</summary>
    public static VerificationStatus Initiated { get; } = new("initiated");

    /// <summary>All required checks passed. (<c>passed</c>)</summary>
    public static VerificationStatus Passed { get; } = new("passed");

    /// <summary>A required check failed. (<c>failed</c>)</summary>
    public static VerificationStatus Failed { get; } = new("failed");

    /// <summary>The subject should try again. (<c>requires_retry</c>)</summary>
    public static VerificationStatus RequiresRetry { get; } = new("requires_retry");

    /// <summary>Canceled. (<c>canceled</c>)</summary>
    public static VerificationStatus Canceled { get; } = new("canceled");

    /// <summary>Converts a wire value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator VerificationStatus(string value) => new(value);

    /// <summary>The wire value.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;

    static VerificationStatus IBelticEnum<VerificationStatus>.FromValue(string value) => new(value);
}
