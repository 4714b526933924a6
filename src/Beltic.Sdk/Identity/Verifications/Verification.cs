using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Beltic.Serialization;
using Beltic.Serialization.JsonApi;

namespace Beltic.Identity;

/// <summary>A verification of a document or business, with the checks that ran and their outcome.</summary>
public sealed record Verification : BelticResource, IJsonApiResource<Verification>
{
    /// <summary>What was verified: <see cref="VerificationKind.Idv"/>, <see cref="VerificationKind.Address"/> or <see cref="VerificationKind.Business"/>.</summary>
    [JsonIgnore]
    public VerificationKind Kind => new(ResourceType.StartsWith(IdentityResources.VerificationPrefix, StringComparison.Ordinal)
        ? ResourceType[IdentityResources.VerificationPrefix.Length..]
        : ResourceType);

    /// <summary>Outcome status.</summary>
    public VerificationStatus? Status { get; init; }

    /// <summary>Every check with its result.</summary>
    public IReadOnlyList<VerificationCheck> Checks { get; init; } = [];

    /// <summary>When the verification was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When it was submitted.</summary>
    public DateTimeOffset? SubmittedAt { get; init; }

    /// <summary>When it completed.</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>When its personal data was redacted, if it was.</summary>
    public DateTimeOffset? RedactedAt { get; init; }

    /// <summary>The session (relationship <c>session</c>), if any.</summary>
    [JsonIgnore]
    public string? SessionId => RelatedId("session");

    /// <summary>The verified document (relationship <c>document</c>), for idv and address verifications.</summary>
    [JsonIgnore]
    public string? DocumentId => RelatedId("document");

    /// <summary>The verified business (relationship <c>business</c>), for business verifications.</summary>
    [JsonIgnore]
    public string? BusinessId => RelatedId("business");

    /// <summary>Whether the verification passed.</summary>
    [JsonIgnore]
    public bool Passed => Status == VerificationStatus.Passed;

    /// <summary>The checks that failed.</summary>
    [JsonIgnore]
    public IReadOnlyList<VerificationCheck> FailedChecks => Checks.Where(c => c.Status == CheckStatus.Failed).ToArray();

    static string IJsonApiResource<Verification>.ExpectedType => IdentityResources.VerificationPrefix + "*";

    static bool IJsonApiResource<Verification>.Accepts(string type) => IdentityResources.IsVerification(type);

    static JsonTypeInfo<Verification> IJsonApiResource<Verification>.AttributesTypeInfo => IdentityJsonContext.Default.Verification;
}
