using System.Text.Json;
using System.Text.Json.Serialization;

namespace Beltic.Credentials;

/// <summary>Claims of an <c>outcome_attestation</c> credential: an attestation type plus free-form claims.</summary>
public sealed record OutcomeAttestationClaims
{
    /// <summary>Creates the claims.</summary>
    /// <param name="attestationType">What is attested, e.g. <c>sanctions_screening_passed</c>.</param>
    public OutcomeAttestationClaims(string attestationType) => AttestationType = attestationType;

    /// <summary>What is attested.</summary>
    public string AttestationType { get; init; }

    /// <summary>The attested outcome, e.g. <c>passed</c>.</summary>
    public string? Outcome { get; init; }

    /// <summary>Further claims, sent as-is.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalClaims { get; set; }
}
