using System.Text.Json;
using System.Text.Json.Serialization;

namespace Beltic.Credentials;

/// <summary>Claims of a <c>business</c> credential (an organisation that passed KYB).</summary>
public sealed record BusinessClaims
{
    /// <summary>Creates the claims.</summary>
    /// <param name="jurisdiction">Jurisdiction of registration, e.g. <c>US-DE</c> (required by the schema).</param>
    public BusinessClaims(string jurisdiction) => Jurisdiction = jurisdiction;

    /// <summary>Jurisdiction of registration, e.g. <c>US-DE</c>.</summary>
    public string Jurisdiction { get; init; }

    /// <summary>KYB status, e.g. <c>approved</c>.</summary>
    public string? KybStatus { get; init; }

    /// <summary>When KYB was completed.</summary>
    public DateTimeOffset? VerifiedAt { get; init; }

    /// <summary>Registered address.</summary>
    public PostalAddress? RegisteredAddress { get; init; }

    /// <summary>Beneficial owners.</summary>
    public IReadOnlyList<BeneficialOwner>? BeneficialOwners { get; init; }

    /// <summary>Whether the tax id was verified.</summary>
    public bool? TaxIdVerified { get; init; }

    /// <summary>Business type.</summary>
    public string? BusinessType { get; init; }

    /// <summary>Registered name.</summary>
    public string? RegisteredName { get; init; }

    /// <summary>Further claims, sent as-is.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalClaims { get; set; }
}
