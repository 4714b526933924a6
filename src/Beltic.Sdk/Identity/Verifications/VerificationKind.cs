using System.Text.Json.Serialization;
using Beltic.Serialization;

namespace Beltic.Identity;

/// <summary>What a verification verifies (its JSON:API type without the <c>verification/</c> prefix). Values the SDK does not know yet are kept as-is, never an error.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(BelticEnumConverter<VerificationKind>))]
public readonly record struct VerificationKind(string Value) : IBelticEnum<VerificationKind>
{
    /// <summary>A government ID document (<c>verification/idv</c>). (<c>idv</c>)</summary>
    public static VerificationKind Idv { get; } = new("idv");

    /// <summary>A proof-of-address document (<c>verification/address</c>). (<c>address</c>)</summary>
    public static VerificationKind Address { get; } = new("address");

    /// <summary>A business (<c>verification/business</c>). (<c>business</c>)</summary>
    public static VerificationKind Business { get; } = new("business");

    /// <summary>Converts a wire value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator VerificationKind(string value) => new(value);

    /// <summary>The wire value.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;

    static VerificationKind IBelticEnum<VerificationKind>.FromValue(string value) => new(value);
}
