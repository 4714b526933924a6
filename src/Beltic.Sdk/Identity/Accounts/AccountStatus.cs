using System.Text.Json.Serialization;
using Beltic.Serialization;

namespace Beltic.Identity;

/// <summary>Status of an identity account. Values the SDK does not know yet are kept as-is, never an error.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(BelticEnumConverter<AccountStatus>))]
public readonly record struct AccountStatus(string Value) : IBelticEnum<AccountStatus>
{
    /// <summary>Active. (<c>active</c>)</summary>
    public static AccountStatus Active { get; } = new("active");

    /// <summary>Waiting for verification. (<c>pending</c>)</summary>
    public static AccountStatus Pending { get; } = new("pending");

    /// <summary>Inactive. (<c>inactive</c>)</summary>
    public static AccountStatus Inactive { get; } = new("inactive");

    /// <summary>Suspended. (<c>suspended</c>)</summary>
    public static AccountStatus Suspended { get; } = new("suspended");

    /// <summary>Converts a wire value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator AccountStatus(string value) => new(value);

    /// <summary>The wire value.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;

    static AccountStatus IBelticEnum<AccountStatus>.FromValue(string value) => new(value);
}
