using System.Text.Json;
using System.Text.Json.Serialization;

namespace Beltic.Credentials;

/// <summary>Claims of a <c>user</c> credential (a fact about a person).</summary>
public sealed record UserClaims
{
    /// <summary>Creates the claims.</summary>
    /// <param name="kycStatus">KYC status, e.g. <c>approved</c> (required by the schema).</param>
    public UserClaims(string kycStatus) => KycStatus = kycStatus;

    /// <summary>KYC status.</summary>
    public string KycStatus { get; init; }

    /// <summary>How strongly the person was verified.</summary>
    public TrustLevel? TrustLevel { get; init; }

    /// <summary>Nationality (ISO country code).</summary>
    public string? Nationality { get; init; }

    /// <summary>Date of birth, <c>YYYY-MM-DD</c>.</summary>
    public string? DateOfBirth { get; init; }

    /// <summary>Identity document type; when set, <see cref="IdDocumentCountry"/> is required.</summary>
    public string? IdDocumentType { get; init; }

    /// <summary>Identity document issuing country.</summary>
    public string? IdDocumentCountry { get; init; }

    /// <summary>The business this person belongs to.</summary>
    public string? ParentBusinessId { get; init; }

    /// <summary>Further claims, sent as-is.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalClaims { get; set; }
}
