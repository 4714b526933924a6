using System.Text.Json.Serialization;
using Beltic.Serialization;

namespace Beltic.Credentials;

/// <summary>How strongly a user was verified. Values the SDK does not know yet are kept as-is, never an error.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(BelticEnumConverter<TrustLevel>))]
public readonly record struct TrustLevel(string Value) : IBelticEnum<TrustLevel>
{
    /// <summary>Self-attested only. (<c>self_attested</c>)</summary>
    public static TrustLevel SelfAttested { get; } = new("self_attested");

    /// <summary>Passed a liveness check. (<c>liveness_verified</c>)</summary>
    public static TrustLevel LivenessVerified { get; } = new("liveness_verified");

    /// <summary>Passed identity-document verification. (<c>idv_verified</c>)</summary>
    public static TrustLevel IdvVerified { get; } = new("idv_verified");

    /// <summary>Verified by an enterprise. (<c>enterprise_verified</c>)</summary>
    public static TrustLevel EnterpriseVerified { get; } = new("enterprise_verified");

    /// <summary>Converts a wire value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator TrustLevel(string value) => new(value);

    /// <summary>The wire value.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;

    static TrustLevel IBelticEnum<TrustLevel>.FromValue(string value) => new(value);
}
