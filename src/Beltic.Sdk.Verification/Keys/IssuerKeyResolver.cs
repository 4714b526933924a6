using Beltic.Verification.Jose;
using Beltic.Verification.Schema;

namespace Beltic.Verification.Keys;

/// <summary>
/// Step 2: the token's issuer must be trusted (exact match), and the header <c>kid</c> is looked up in that issuer's own
/// key set only. A DID-URL kid must belong to the issuer's DID; the set is searched by the full id, then the fragment.
/// A key source that throws is <c>key_unavailable</c> (an I/O condition), not <c>unknown_key</c>.
/// </summary>
internal sealed class IssuerKeyResolver(IJwksProvider keys, IEnumerable<string> trustedIssuers)
{
    private readonly HashSet<string> _trusted = new(trustedIssuers, StringComparer.Ordinal);

    public async ValueTask<KeyResolution> ResolveAsync(CredentialDocument document, CancellationToken cancellationToken)
    {
        if (document.ReadIssuer(out var issuer) is { } issuerFailure)
        {
            return new KeyResolution(null, null, issuerFailure);
        }

        if (!_trusted.Contains(issuer!))
        {
            return Fail(issuer, VerificationCodes.UntrustedIssuer, $"Issuer '{JwsParser.Safe(issuer)}' is not trusted.");
        }

        var kid = document.Kid;
        string? fragment = null;
        if (kid.StartsWith("did:", StringComparison.Ordinal))
        {
            var hash = kid.IndexOf('#', StringComparison.Ordinal);
            if (hash <= 0 || !string.Equals(kid[..hash], issuer, StringComparison.Ordinal))
            {
                return Fail(issuer, VerificationCodes.UnknownKey, $"Key '{JwsParser.Safe(kid)}' does not belong to issuer '{JwsParser.Safe(issuer)}'.");
            }

            fragment = kid[(hash + 1)..];
        }

        try
        {
            var key = await keys.FindKeyAsync(issuer!, kid, cancellationToken).ConfigureAwait(false);
            if (key is null && fragment is not null)
            {
                key = await keys.FindKeyAsync(issuer!, fragment, cancellationToken).ConfigureAwait(false);
            }

            return key is null
                ? Fail(issuer, VerificationCodes.UnknownKey, $"Issuer '{JwsParser.Safe(issuer)}' has no usable ES256 key '{JwsParser.Safe(kid)}'.")
                : new KeyResolution(issuer, key, null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return Fail(issuer, VerificationCodes.KeyUnavailable, $"The issuer's keys could not be loaded: {ex.Message}");
        }
    }

    private static KeyResolution Fail(string? issuer, string code, string message) => new(issuer, null, new StepFailure(code, message));
}
