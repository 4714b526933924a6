using System.Text.Json.Serialization;
using Beltic.Serialization;

namespace Beltic.Credentials;

/// <summary>The kind of credential (<c>credential_type</c>). Values the SDK does not know yet are kept as-is, never an error.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(BelticEnumConverter<CredentialType>))]
public readonly record struct CredentialType(string Value) : IBelticEnum<CredentialType>
{
    /// <summary>An organisation that passed KYB. (<c>business</c>)</summary>
    public static CredentialType Business { get; } = new("business");

    /// <summary>A fact about a person (KYC, age, jurisdiction, trust tier). (<c>user</c>)</summary>
    public static CredentialType User { get; } = new("user");

    /// <summary>An AI agent acting for a principal within resource-scoped limits. (<c>agent_authorization</c>)</summary>
    public static CredentialType AgentAuthorization { get; } = new("agent_authorization");

    /// <summary>Workflow-attested generic claims. (<c>outcome_attestation</c>)</summary>
    public static CredentialType OutcomeAttestation { get; } = new("outcome_attestation");

    /// <summary>Converts a wire value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator CredentialType(string value) => new(value);

    /// <summary>The wire value.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;

    static CredentialType IBelticEnum<CredentialType>.FromValue(string value) => new(value);
}
