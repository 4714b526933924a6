using System.Text.Json;

namespace Beltic.Verification.Jose;

/// <summary>Step 1: strict compact-JWS parsing and header rules.</summary>
internal static class JwsParser
{
    private static readonly JsonDocumentOptions Strict = new()
    {
        AllowDuplicateProperties = false,
        MaxDepth = 32,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    private static readonly string[] AllowedTyp = ["vc+jwt", "vc+ld+json+jwt", "vc+ld+jwt", "jwt"];
    private static readonly string[] AllowedCty = ["vc", "application/vc", "vc+ld+json"];

    public static StepFailure? TryParse(string token, int maxBytes, out ParsedJws? jws)
    {
        jws = null;
        if (token.Length == 0)
        {
            return StepFailure.Malformed("The token is empty.");
        }

        if (token.Length > maxBytes)
        {
            return StepFailure.Malformed($"The token is {token.Length} bytes, over the {maxBytes}-byte limit.");
        }

        var first = token.IndexOf('.');
        var second = first < 0 ? -1 : token.IndexOf('.', first + 1);
        if (first <= 0 || second < 0 || token.IndexOf('.', second + 1) >= 0 || second == first + 1)
        {
            return StepFailure.Malformed("A compact JWS has exactly three base64url parts separated by dots (JWE and JSON serialisation are not accepted).");
        }

        var headerSeg = token.AsSpan(0, first);
        var payloadSeg = token.AsSpan(first + 1, second - first - 1);
        var signatureSeg = token[(second + 1)..];

        if (!Base64UrlStrict.TryDecodeMemory(headerSeg, out var headerBytes))
        {
            return StepFailure.Malformed("The header is not strict base64url (no padding, whitespace, '+' or '/').");
        }

        if (!Base64UrlStrict.TryDecodeMemory(payloadSeg, out var payloadBytes))
        {
            return StepFailure.Malformed("The payload is not strict base64url (no padding, whitespace, '+' or '/').");
        }

        foreach (var c in signatureSeg)
        {
            if (!Base64UrlStrict.IsAlphabet(c))
            {
                return StepFailure.Malformed("The signature is not strict base64url.");
            }
        }

        if (!TryParseObject(headerBytes, out var header, out var headerError))
        {
            return StepFailure.Malformed("The header is not a JSON object: " + headerError);
        }

        // alg: exact, case-sensitive allowlist of one (RFC 8725 §3.1).
        if (!header.TryGetProperty("alg"u8, out var alg) || alg.ValueKind != JsonValueKind.String)
        {
            return new StepFailure(VerificationCodes.UnsupportedAlgorithm, "The header has no 'alg'; only ES256 is accepted.");
        }

        if (!alg.ValueEquals("ES256"u8))
        {
            return new StepFailure(VerificationCodes.UnsupportedAlgorithm, $"Algorithm '{Safe(alg.GetString())}' is not accepted; only ES256 is.");
        }

        if (header.TryGetProperty("crit"u8, out _))
        {
            return StepFailure.Malformed("The header has 'crit'; no JWS extensions are understood (RFC 7515 §4.1.11).");
        }

        if (header.TryGetProperty("zip"u8, out _) || header.TryGetProperty("enc"u8, out _))
        {
            return StepFailure.Malformed("Compressed or encrypted tokens ('zip'/'enc') are not accepted.");
        }

        if (header.TryGetProperty("typ"u8, out var typ) && !IsOneOf(typ, AllowedTyp, allowApplicationPrefix: true))
        {
            return StepFailure.Malformed($"Header typ '{Safe(typ.ToString())}' is not a credential type (vc+jwt, vc+ld+json+jwt, JWT).");
        }

        if (header.TryGetProperty("cty"u8, out var cty) && !IsOneOf(cty, AllowedCty, allowApplicationPrefix: false))
        {
            return StepFailure.Malformed($"Header cty '{Safe(cty.ToString())}' is not accepted (nested JWTs are not).");
        }

        if (!header.TryGetProperty("kid"u8, out var kidEl) || kidEl.ValueKind != JsonValueKind.String || kidEl.GetString() is not { Length: > 0 and <= 256 } kid)
        {
            return new StepFailure(VerificationCodes.MissingKid, "The header needs a 'kid' string of 1 to 256 characters.");
        }

        if (!TryParseObject(payloadBytes, out var payload, out var payloadError))
        {
            return StepFailure.Malformed("The payload is not a JSON object: " + payloadError);
        }

        jws = new ParsedJws { Header = header, Payload = payload, Kid = kid, SigningInputLength = second, SignatureSegment = signatureSeg };
        return null;
    }

    private static bool TryParseObject(ReadOnlyMemory<byte> utf8, out JsonElement element, out string error)
    {
        element = default;
        error = "";
        if (utf8.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            error = "it starts with a byte-order mark";
            return false;
        }

        if (!System.Text.Unicode.Utf8.IsValid(utf8.Span))
        {
            error = "it is not valid UTF-8";
            return false;
        }

        try
        {
            // The document is not disposed: its elements are handed out in VerifiedCredential.
            var doc = JsonDocument.Parse(utf8, Strict);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                error = $"it is a JSON {doc.RootElement.ValueKind}";
                return false;
            }

            element = doc.RootElement;
            return true;
        }
        catch (JsonException ex)
        {
            error = ex.Message.Contains("duplicate", StringComparison.OrdinalIgnoreCase) ? "it has duplicate member names" : ex.Message;
            return false;
        }
        catch (ArgumentException ex)
        {
            error = "invalid UTF-8 (" + ex.Message + ")";
            return false;
        }
    }

    private static bool IsOneOf(JsonElement value, string[] allowed, bool allowApplicationPrefix)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        var s = value.GetString()!;
        if (allowApplicationPrefix && s.StartsWith("application/", StringComparison.OrdinalIgnoreCase))
        {
            s = s["application/".Length..];
        }

        foreach (var a in allowed)
        {
            if (string.Equals(s, a, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Escapes attacker-controlled text before it goes into a message.</summary>
    internal static string Safe(string? s)
    {
        if (s is null)
        {
            return "";
        }

        var clipped = s.Length > 64 ? s[..64] + "…" : s;
        return string.Concat(clipped.Select(c => char.IsControl(c) ? '?' : c));
    }
}
