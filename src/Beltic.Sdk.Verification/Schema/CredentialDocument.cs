using System.Text.Json;
using Beltic.Verification.Jose;

namespace Beltic.Verification.Schema;

/// <summary>
/// The single view of a parsed token that every step reads: the header, the payload, the data model decided once from
/// the payload, and the object holding the credential under that model.
/// </summary>
internal sealed class CredentialDocument
{
    // Registered claims RFC 7519 §5.3 lets an issuer replicate in the header; a replica must equal the claim.
    private static readonly string[] ReplicableClaims = ["iss", "sub", "aud", "jti", "exp", "nbf", "iat"];

    // Header typ / cty values defined by VC-JOSE-COSE, whose payload is a VC 2.0 credential (never a `vc` claim).
    private static readonly string[] Vc20MediaTypes = ["vc+jwt", "vc+ld+json+jwt", "vc+ld+jwt", "vc", "vc+ld+json"];

    public CredentialDocument(ParsedJws jws)
    {
        Header = jws.Header;
        Payload = jws.Payload;
        Kid = jws.Kid;
        Model = VcPayload.Detect(Payload, out var vc);
        Vc = vc;
    }

    public JsonElement Header { get; }

    public JsonElement Payload { get; }

    public string Kid { get; }

    public VcDataModel Model { get; }

    /// <summary>The object holding the credential's VC members under <see cref="Model"/>.</summary>
    public JsonElement Vc { get; }

    /// <summary>Step 2's issuer: required, and consistent across <c>iss</c> and <c>issuer</c> (see <see cref="VcPayload.ReadIssuer"/>).</summary>
    public StepFailure? ReadIssuer(out string? issuer)
    {
        if (VcPayload.ReadIssuer(Payload, Vc, Model, out issuer) is { } problem)
        {
            return StepFailure.InvalidClaims(problem);
        }

        return issuer is null ? StepFailure.InvalidClaims("The credential names no issuer ('issuer' or 'iss').") : null;
    }

    /// <summary>
    /// Step 5's structural rules: a recognised data model with no competing copy of the credential, a header whose media
    /// type matches that model, and header replicas of registered claims equal to the claims.
    /// </summary>
    public StepFailure? CheckStructure()
    {
        if (Model == VcDataModel.Unrecognised)
        {
            return StepFailure.InvalidClaims(Payload.TryGetProperty("vc"u8, out _) && VcPayload.FirstContextIs(Vc, VcPayload.V2Context)
                ? "A VC 2.0 credential must be the JWT payload itself, not a 'vc' claim."
                : $"'@context' must start with {VcPayload.V2Context} (or, in a VC 1.1 'vc' claim, {VcPayload.V1Context}).");
        }

        if (VcPayload.ModelConflict(Payload, Model) is { } conflict)
        {
            return StepFailure.InvalidClaims(conflict);
        }

        if (Model == VcDataModel.Vc11)
        {
            foreach (var member in (ReadOnlySpan<string>)["typ", "cty"])
            {
                if (VcPayload.String(Header, member) is { } mediaType && IsVc20MediaType(mediaType))
                {
                    return StepFailure.InvalidClaims($"Header {member} '{JwsParser.Safe(mediaType)}' declares a VC-JOSE-COSE (VC 2.0) credential, but the payload is a VC 1.1 'vc' claim.");
                }
            }
        }

        foreach (var claim in ReplicableClaims)
        {
            if (Header.TryGetProperty(claim, out var replica) &&
                !(Payload.TryGetProperty(claim, out var value) && JsonElement.DeepEquals(replica, value)))
            {
                return StepFailure.InvalidClaims($"Header '{claim}' does not equal the payload's '{claim}' (RFC 7519 §5.3).");
            }
        }

        return null;
    }

    private static bool IsVc20MediaType(string value)
    {
        var s = value.StartsWith("application/", StringComparison.OrdinalIgnoreCase) ? value["application/".Length..] : value;
        foreach (var t in Vc20MediaTypes)
        {
            if (string.Equals(s, t, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
