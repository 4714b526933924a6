using System.Buffers;
using System.Buffers.Text;
using Beltic.Verification.Jose;
using Beltic.Verification.Keys;
using Beltic.Verification.Schema;
using Beltic.Verification.Status;

namespace Beltic.Verification.Fast;

/// <summary>
/// Steps 1–5's token-only checks for a credential in Beltic's canonical layout, in one pass over pooled bytes with no
/// JSON document. It either vouches that the full path would pass those checks and returns the facts they read, or
/// returns null and the full path decides (and explains) instead; it never decides a failure by itself.
/// </summary>
internal static class CanonicalToken
{
    public static CredentialFacts? TryRead(string token, int maxChars, IssuerKeyResolver keys)
    {
        if (token.Length == 0 || token.Length > maxChars)
        {
            return null;
        }

        var first = token.IndexOf('.');
        var second = first <= 0 ? -1 : token.IndexOf('.', first + 1);
        if (second <= first + 1 || token.IndexOf('.', second + 1) >= 0 || !Base64UrlStrict.IsAlphabet(token.AsSpan(second + 1)))
        {
            return null;
        }

        var headerChars = token.AsSpan(0, first);
        var payloadChars = token.AsSpan(first + 1, second - first - 1);
        var headerMax = Base64Url.GetMaxDecodedLength(headerChars.Length);
        var rented = ArrayPool<byte>.Shared.Rent(headerMax + Base64Url.GetMaxDecodedLength(payloadChars.Length));
        try
        {
            if (!Base64UrlStrict.TryDecode(headerChars, rented, out var headerLength) ||
                !Base64UrlStrict.TryDecode(payloadChars, rented.AsSpan(headerMax), out var payloadLength))
            {
                return null;
            }

            var header = rented.AsSpan(0, headerLength);
            var payload = rented.AsSpan(headerMax, payloadLength);
            if (!IsPlainUtf8(header) || !IsPlainUtf8(payload) ||
                !CanonicalHeader.TryRead(header, out var kid) || !CanonicalPayloadReader.TryRead(payload, out var p))
            {
                return null;
            }

            return Facts(token, second, kid!, payload, ref p, keys);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented, clearArray: true); // it held a credential's personal data
        }
    }

    private static bool IsPlainUtf8(ReadOnlySpan<byte> json) => !json.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) && System.Text.Unicode.Utf8.IsValid(json);

    /// <summary>The checks that need the whole payload: issuer, identifier twins, Beltic type and schema, window.</summary>
    private static CredentialFacts? Facts(string token, int signingInputLength, string kid, ReadOnlySpan<byte> payload, ref CanonicalPayload p, IssuerKeyResolver keys)
    {
        if (!p.HasV2Context || !p.Issuer.IsPresent || !p.HasVerifiableCredentialType || !p.HasSubject || !p.SubjectId.IsPresent ||
            !SameOrAbsent(payload, p.Iss, p.Issuer) || !SameOrAbsent(payload, p.Sub, p.SubjectId) || (p.Id.IsPresent && !SameOrAbsent(payload, p.Jti, p.Id)))
        {
            return null;
        }

        var stated = p.CredentialType.IsPresent ? KnownTypes.FromClaim(p.CredentialType.Of(payload)) : null;
        if ((p.CredentialType.IsPresent && stated is null) || (stated is not null && p.TypedAs is not null && !ReferenceEquals(stated, p.TypedAs)))
        {
            return null;
        }

        var type = stated ?? p.TypedAs;
        var window = new TimeFacts(Later(p.Nbf, p.ValidFrom), Earlier(p.Exp, p.ValidUntil), p.Iat);
        if (type is null || !p.Claims.Satisfies(type) || TimeValidator.Inconsistent(window) is not null)
        {
            return null;
        }

        return new CredentialFacts(token, kid, signingInputLength)
        {
            Issuer = keys.IssuerText(p.Issuer.Of(payload)),
            Window = window,
            Audience = p.Audience,
            StatusEntries = !p.HasStatus ? null : p.Status is { } entry ? [entry] : [],
            CredentialType = type,
        };
    }

    private static bool SameOrAbsent(ReadOnlySpan<byte> payload, Segment copy, Segment value)
        => !copy.IsPresent || copy.Of(payload).SequenceEqual(value.Of(payload));

    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static DateTimeOffset? Earlier(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a < b ? a : b;
}
