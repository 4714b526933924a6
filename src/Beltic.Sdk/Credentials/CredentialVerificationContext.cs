using System.Text.Json;
using System.Text.Json.Serialization;

namespace Beltic.Credentials;

/// <summary>
/// The optional verify <c>context</c>: an expected audience and, for agent_authorization credentials, the
/// transaction to check the permissions against. Sent as a flat JSON object; extra members go in
/// <see cref="AdditionalFields"/>.
/// </summary>
public sealed record CredentialVerificationContext
{
    /// <summary>Expected <c>aud</c>; enables the audience check.</summary>
    public string? Audience { get; init; }

    /// <summary>The resource type, e.g. <c>wallet</c>.</summary>
    public string? ResourceType { get; init; }

    /// <summary>The resource id, e.g. <c>wal_123</c>.</summary>
    public string? ResourceId { get; init; }

    /// <summary>The action, e.g. <c>payment_authorize</c>.</summary>
    public string? Action { get; init; }

    /// <summary>The amount in minor units (cents).</summary>
    public long? TransactionAmount { get; init; }

    /// <summary>ISO 4217 currency code.</summary>
    public string? TransactionCurrency { get; init; }

    /// <summary>Other context fields (conditions may name any field), sent as-is.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalFields { get; set; }
}
