namespace Beltic.Verification;

/// <summary>The stable snake_case failure codes of <see cref="VerificationResult.Code"/>.</summary>
public static class VerificationCodes
{
    /// <summary>Not a well-formed compact JWS / JSON (step 1), or a malformed JWT time claim.</summary>
    public const string Malformed = "malformed";

    /// <summary>The header <c>alg</c> is not exactly <c>ES256</c> (step 1).</summary>
    public const string UnsupportedAlgorithm = "unsupported_algorithm";

    /// <summary>The header has no usable <c>kid</c> (step 1).</summary>
    public const string MissingKid = "missing_kid";

    /// <summary>The issuer is not in the trusted list (step 2).</summary>
    public const string UntrustedIssuer = "untrusted_issuer";

    /// <summary>No usable ES256 key with that <c>kid</c> in the issuer's key set (step 2).</summary>
    public const string UnknownKey = "unknown_key";

    /// <summary>
    /// The issuer's key source could not be read (e.g. the JWKS URL is unreachable or does not serve a JWKS) (step 2).
    /// Fails closed like <see cref="StatusUnavailable"/>; unlike <see cref="UnknownKey"/> it says nothing about the token.
    /// </summary>
    public const string KeyUnavailable = "key_unavailable";

    /// <summary>The ES256 signature does not verify (step 3).</summary>
    public const string InvalidSignature = "invalid_signature";

    /// <summary>Past <c>exp</c> / <c>validUntil</c> (plus skew) (step 4).</summary>
    public const string Expired = "expired";

    /// <summary>Before <c>nbf</c> / <c>validFrom</c>, or <c>iat</c> in the future (step 4).</summary>
    public const string NotYetValid = "not_yet_valid";

    /// <summary>The expected audience is not in <c>aud</c> (step 4).</summary>
    public const string AudienceMismatch = "audience_mismatch";

    /// <summary>The claims are inconsistent or do not match the VC / credential-type schema (steps 2, 4, 5).</summary>
    public const string InvalidClaims = "invalid_claims";

    /// <summary>The status list marks the credential revoked (step 6).</summary>
    public const string Revoked = "revoked";

    /// <summary>The status list marks the credential suspended (step 6).</summary>
    public const string Suspended = "suspended";

    /// <summary>The status could not be determined; fails closed (step 6).</summary>
    public const string StatusUnavailable = "status_unavailable";

    /// <summary>The transaction context is not allowed by the credential's permissions (step 7).</summary>
    public const string PolicyDenied = "policy_denied";
}
