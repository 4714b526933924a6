using System.Text.Json.Serialization;
using Beltic.Serialization;

namespace Beltic.Audit;

/// <summary>How an audited operation ended (<c>outcome</c>). Values the SDK does not know yet are kept as-is, never an error.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(BelticEnumConverter<AuditOutcome>))]
public readonly record struct AuditOutcome(string Value) : IBelticEnum<AuditOutcome>
{
    /// <summary>It succeeded. (<c>success</c>)</summary>
    public static AuditOutcome Success { get; } = new("success");

    /// <summary>It was refused (policy, revoked credential, …). (<c>denied</c>)</summary>
    public static AuditOutcome Denied { get; } = new("denied");

    /// <summary>It failed for a technical reason. (<c>error</c>)</summary>
    public static AuditOutcome Error { get; } = new("error");

    /// <summary>Converts a wire value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator AuditOutcome(string value) => new(value);

    /// <summary>The wire value.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;

    static AuditOutcome IBelticEnum<AuditOutcome>.FromValue(string value) => new(value);
}
