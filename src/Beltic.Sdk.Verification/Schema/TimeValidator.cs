using System.Globalization;
using System.Text.Json;

namespace Beltic.Verification.Schema;

/// <summary>
/// Step 4: <c>nbf</c>/<c>iat</c>/<c>exp</c> (JSON numbers only) and <c>validFrom</c>/<c>validUntil</c> (VC 1.1:
/// <c>issuanceDate</c>/<c>expirationDate</c>) against now with a symmetric skew; the stricter bound applies.
/// Boundary: <c>exp = now − skew + 1 s</c> is valid, <c>exp = now − skew</c> is expired.
/// </summary>
internal static class TimeValidator
{
    public static StepFailure? Validate(JsonElement payload, DateTimeOffset now, TimeSpan skew, bool allowNoExpiry, string? expectedAudience, VerifiedCredential credential)
    {
        if (NumericDate(payload, "exp", out var exp) is { } f1)
        {
            return f1;
        }

        if (NumericDate(payload, "nbf", out var nbf) is { } f2)
        {
            return f2;
        }

        if (NumericDate(payload, "iat", out var iat) is { } f3)
        {
            return f3;
        }

        var vc = credential.VcObject;
        DateTimeOffset? issuance = null, expiration = null;
        if (DateString(vc, "validFrom", out var validFrom) is not null || (credential.IsVc11 && DateString(vc, "issuanceDate", out issuance) is not null))
        {
            return StepFailure.InvalidClaims("validFrom / issuanceDate must be an RFC 3339 date-time string.");
        }

        if (DateString(vc, "validUntil", out var validUntil) is not null || (credential.IsVc11 && DateString(vc, "expirationDate", out expiration) is not null))
        {
            return StepFailure.InvalidClaims("validUntil / expirationDate must be an RFC 3339 date-time string.");
        }

        var from = Max(nbf, Max(validFrom, issuance));
        var until = Min(exp, Min(validUntil, expiration));
        if (from is { } a && until is { } b && a > b)
        {
            return StepFailure.InvalidClaims("The credential's validity starts after it ends.");
        }

        credential.ValidFrom = from;
        credential.ValidUntil = until;
        credential.IssuedAt = iat;

        if (until is null && !allowNoExpiry)
        {
            return new StepFailure(VerificationCodes.Expired, "The credential has no expiry (exp / validUntil) and the verifier requires one.");
        }

        if (until is { } end && now >= end + skew)
        {
            return new StepFailure(VerificationCodes.Expired, $"The credential expired at {end:O} (now {now:O}, skew {skew.TotalSeconds:0} s).");
        }

        if (from is { } start && now < start - skew)
        {
            return new StepFailure(VerificationCodes.NotYetValid, $"The credential is valid from {start:O} (now {now:O}, skew {skew.TotalSeconds:0} s).");
        }

        if (iat is { } issued && issued > now + skew)
        {
            return new StepFailure(VerificationCodes.NotYetValid, $"The credential was issued in the future ({issued:O}).");
        }

        if (expectedAudience is not null && !HasAudience(payload, expectedAudience))
        {
            return new StepFailure(VerificationCodes.AudienceMismatch, $"The credential is not addressed to '{Jose.JwsParser.Safe(expectedAudience)}'.");
        }

        return null;
    }

    private static StepFailure? NumericDate(JsonElement payload, string name, out DateTimeOffset? value)
    {
        value = null;
        if (!payload.TryGetProperty(name, out var el))
        {
            return null;
        }

        if (el.ValueKind != JsonValueKind.Number || !el.TryGetDouble(out var seconds) || !double.IsFinite(seconds) || Math.Abs(seconds) > 253_402_300_799)
        {
            return StepFailure.Malformed($"'{name}' must be a NumericDate (a JSON number of seconds).");
        }

        value = DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Floor(seconds * 1000));
        return null;
    }

    private static StepFailure? DateString(JsonElement vc, string name, out DateTimeOffset? value)
    {
        value = null;
        if (!vc.TryGetProperty(name, out var el))
        {
            return null;
        }

        if (el.ValueKind == JsonValueKind.String && el.TryGetDateTimeOffset(out var fast))
        {
            value = fast; // JSON's ISO 8601 reader: fast path for the usual "2026-05-21T10:30:00Z"
            return null;
        }

        if (el.ValueKind == JsonValueKind.String && el.GetString() is { } s && s.Contains('T', StringComparison.Ordinal) &&
            DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            value = parsed;
            return null;
        }

        return StepFailure.InvalidClaims($"'{name}' is not a date-time.");
    }

    private static bool HasAudience(JsonElement payload, string expected)
    {
        if (!payload.TryGetProperty("aud"u8, out var aud))
        {
            return false;
        }

        return aud.ValueKind switch
        {
            JsonValueKind.String => aud.ValueEquals(expected),
            JsonValueKind.Array => aud.EnumerateArray().Any(a => a.ValueKind == JsonValueKind.String && a.ValueEquals(expected)),
            _ => false,
        };
    }

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static DateTimeOffset? Min(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a < b ? a : b;
}
