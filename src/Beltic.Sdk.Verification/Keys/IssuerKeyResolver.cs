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
    private readonly (byte[] Utf8, string Text)[] _trustedUtf8 = [.. trustedIssuers.Distinct(StringComparer.Ordinal).Select(i => (System.Text.Encoding.UTF8.GetBytes(i), i))];

    public ValueTask<KeyResolution> ResolveAsync(CredentialDocument document, CancellationToken cancellationToken)
    {
        if (document.ReadIssuer(out var issuer) is { } issuerFailure)
        {
            return ValueTask.FromResult(new KeyResolution(null, null, issuerFailure));
        }

        return LookupAsync(issuer!, document.Kid, cancellationToken);
    }

    /// <summary>The issuer as a string: the configured instance when it is trusted (no allocation), else a new one.</summary>
    public string IssuerText(ReadOnlySpan<byte> utf8)
    {
        foreach (var (bytes, text) in _trustedUtf8)
        {
            if (utf8.SequenceEqual(bytes))
            {
                return text;
            }
        }

        return System.Text.Encoding.UTF8.GetString(utf8);
    }

    /// <summary>Step 2 once the issuer is read: trust, the kid's DID, then the issuer's own key set.</summary>
    public async ValueTask<KeyResolution> LookupAsync(string issuer, string kid, CancellationToken cancellationToken)
    {
        if (!_trusted.Contains(issuer))
        {
            return Fail(issuer, VerificationCodes.UntrustedIssuer, $"Issuer '{JwsParser.Safe(issuer)}' is not trusted.");
        }

        string? fragment = null;
        if (kid.StartsWith("did:", StringComparison.Ordinal))
        {
            var hash = kid.IndexOf('#', StringComparison.Ordinal);
            if (hash <= 0 || !kid.AsSpan(0, hash).SequenceEqual(issuer))
            {
                return Fail(issuer, VerificationCodes.UnknownKey, $"Key '{JwsParser.Safe(kid)}' does not belong to issuer '{JwsParser.Safe(issuer)}'.");
            }

            fragment = kid[(hash + 1)..];
        }

        try
        {
            var key = await keys.FindKeyAsync(issuer, kid, cancellationToken).ConfigureAwait(false);
            if (key is null && fragment is not null)
            {
                key = await keys.FindKeyAsync(issuer, fragment, cancellationToken).ConfigureAwait(false);
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
