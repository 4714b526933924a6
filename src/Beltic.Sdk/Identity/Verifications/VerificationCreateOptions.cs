using Beltic.Serialization.JsonApi;

namespace Beltic.Identity;

/// <summary>
/// What to verify (<see cref="VerificationsClient.CreateAsync"/>). Build it with <see cref="ForIdvDocument"/>,
/// <see cref="ForAddressDocument"/> or <see cref="ForBusiness"/>.
/// </summary>
public sealed record VerificationCreateOptions
{
    private VerificationCreateOptions(string type, string targetRelationship, string targetType, string targetId)
    {
        Type = type;
        TargetRelationship = targetRelationship;
        TargetType = targetType;
        TargetId = targetId;
    }

    /// <summary>The session to attach the verification to; required when <see cref="AutoUpdateSession"/> is true.</summary>
    public string? SessionId { get; init; }

    /// <summary>Let the verification's outcome update the session's status (<c>meta.auto_update_session</c>).</summary>
    public bool? AutoUpdateSession { get; init; }

    /// <summary>The id of the document or business being verified.</summary>
    public string TargetId { get; }

    internal string Type { get; }

    internal string TargetRelationship { get; }

    internal string TargetType { get; }

    /// <summary>Verifies a government ID document (<c>verification/idv</c>).</summary>
    /// <param name="documentId">The <c>document/idv</c> id.</param>
    /// <returns>The options.</returns>
    public static VerificationCreateOptions ForIdvDocument(string documentId)
        => new(IdentityResources.IdvVerification, "document", IdentityResources.IdvDocument, Http.Argument.NotNullOrWhiteSpace(documentId));

    /// <summary>Verifies a proof-of-address document (<c>verification/address</c>).</summary>
    /// <param name="documentId">The <c>document/address</c> id.</param>
    /// <returns>The options.</returns>
    public static VerificationCreateOptions ForAddressDocument(string documentId)
        => new(IdentityResources.AddressVerification, "document", IdentityResources.AddressDocument, Http.Argument.NotNullOrWhiteSpace(documentId));

    /// <summary>Verifies a business (<c>verification/business</c>).</summary>
    /// <param name="businessId">The <c>business</c> id.</param>
    /// <returns>The options.</returns>
    public static VerificationCreateOptions ForBusiness(string businessId)
        => new(IdentityResources.BusinessVerification, "business", IdentityResources.Business, Http.Argument.NotNullOrWhiteSpace(businessId));
}
