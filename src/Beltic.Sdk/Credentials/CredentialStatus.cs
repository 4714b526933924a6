using System.Text.Json.Serialization;
using Beltic.Serialization;

namespace Beltic.Credentials;

/// <summary>Lifecycle status of a stored credential. Values the SDK does not know yet are kept as-is, never an error.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(BelticEnumConverter<CredentialStatus>))]
public readonly record struct CredentialStatus(string Value) : IBelticEnum<CredentialStatus>
{
    /// <summary>Valid and not revoked. (<c>active</c>)</summary>
    public static CredentialStatus Active { get; } = new("active");

    /// <summary>Permanently revoked. (<c>revoked</c>)</summary>
    public static CredentialStatus Revoked { get; } = new("revoked");

    /// <summary>Past its expiry. (<c>expired</c>)</summary>
    public static CredentialStatus Expired { get; } = new("expired");

    /// <summary>Temporarily suspended. (<c>suspended</c>)</summary>
    public static CredentialStatus Suspended { get; } = new("suspended");

    /// <summary>Converts a wire value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator CredentialStatus(string value) => new(value);

    /// <summary>The wire value.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;

    static CredentialStatus IBelticEnum<CredentialStatus>.FromValue(string value) => new(value);
}
