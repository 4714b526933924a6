using System.Text.Json.Serialization;
using Beltic.Serialization;

namespace Beltic.Credentials;

/// <summary>Why a credential was revoked. Any string is accepted; these are the documented suggestions. Values the SDK does not know yet are kept as-is, never an error.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(BelticEnumConverter<RevocationReason>))]
public readonly record struct RevocationReason(string Value) : IBelticEnum<RevocationReason>
{
    /// <summary>The signing key was rotated. (<c>key_rotation</c>)</summary>
    public static RevocationReason KeyRotation { get; } = new("key_rotation");

    /// <summary>The credential or its subject was compromised. (<c>compromised</c>)</summary>
    public static RevocationReason Compromised { get; } = new("compromised");

    /// <summary>A policy change invalidated it. (<c>policy_change</c>)</summary>
    public static RevocationReason PolicyChange { get; } = new("policy_change");

    /// <summary>The subject asked for revocation. (<c>user_request</c>)</summary>
    public static RevocationReason UserRequest { get; } = new("user_request");

    /// <summary>It was issued in error. (<c>error</c>)</summary>
    public static RevocationReason Error { get; } = new("error");

    /// <summary>Converts a wire value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator RevocationReason(string value) => new(value);

    /// <summary>The wire value.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;

    static RevocationReason IBelticEnum<RevocationReason>.FromValue(string value) => new(value);
}
