using System.Globalization;
using System.Text.Json;

namespace Beltic.Verification.Schema;

/// <summary>
/// Step 4: <c>nbf</c>/<c>iat</c>/<c>exp</c> (JSON numbers only) and <c>validFrom</c>/<c>validUntil</c> against now with a
/// symmetric skew; the stricter bound applies. VC 1.1's <c>issuanceDate</c>/<c>expirationDate</c> are the same facts as
/// <c>nbf</c>/<c>exp</c> in that encoding, so when both are present they must agree to the second.
/// Boundary: <c>exp = now − skew + 1 s</c> is valid, <c>exp = now − skew</c> is expired.
/// </summary>
internal static class TimeValidator
{
    // 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z: the instants DateTimeOffset (and XML Schema dateTime in practice) can hold.
    private const double MinNumericDate = -62_135_596_800;
    private const double MaxNumericDate = 253_402_300_799;

    public static StepFailure? Validate(CredentialDocument doc, DateTimeOffset now, TimeSpan skew, bool allowNoExpiry, string? expectedAudience, out TimeFacts facts)
    {
        if ((ReadWindow(doc.Payload, doc.Vc, doc.Model, out facts) ?? Inconsistent(facts)) is { } unreadable)
        {
            return unreadable;
        }

        return Check(facts, now, skew, allowNoExpiry)
            ?? (expectedAudience is not null && !HasAudience(doc.Payload, expectedAudience) ? AudienceMismatch(expectedAudience) : null);
    }

    /// <summary>The part of step 4 that depends on the token alone: a window that starts after it ends.</summary>
    public static StepFailure? Inconsistent(TimeFacts window)
        => window.ValidFrom is { } a && window.ValidUntil is { } b && a > b ? StepFailure.InvalidClaims("The credential's validity starts after it ends.") : null;

    /// <summary>The part of step 4 that depends on the clock and the settings; it runs on every verification.</summary>
    public static StepFailure? Check(TimeFacts window, DateTimeOffset now, TimeSpan skew, bool allowNoExpiry)
    {
        var (from, until, iat) = window;
        if (until is null && !allowNoExpiry)
        {
            return new StepFailure(VerificationCodes.Expired, "The credential has no expiry (exp / validUntil) and the verifier requires one.");
        }

        if (until is { } end && now >= Shift(end, skew))
        {
            return new StepFailure(VerificationCodes.Expired, $"The credential expired at {end:O} (now {now:O}, skew {skew.TotalSeconds:0} s).");
        }

        if (from is { } start && now < Shift(start, -skew))
        {
            return new StepFailure(VerificationCodes.NotYetValid, $"The credential is valid from {start:O} (now {now:O}, skew {skew.TotalSeconds:0} s).");
        }

        return iat is { } issued && issued > Shift(now, skew)
            ? new StepFailure(VerificationCodes.NotYetValid, $"The credential was issued in the future ({issued:O}).")
            : null;
    }

    public static StepFailure AudienceMismatch(string expected)
        => new(VerificationCodes.AudienceMismatch, $"The credential is not addressed to '{Jose.JwsParser.Safe(expected)}'.");

    /// <summary>The string values of <c>aud</c> as <see cref="HasAudience"/> compares them: null when there are none.</summary>
    public static string[]? Audience(JsonElement payload, out bool present)
    {
        present = payload.TryGetProperty("aud"u8, out var aud);
        return !present ? null : aud.ValueKind switch
        {
            JsonValueKind.String => [aud.GetString()!],
            JsonValueKind.Array => [.. aud.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString()!)],
            _ => null,
        };
    }

    /// <summary>
    /// The validity window a payload states under its data model — the later of <c>nbf</c>/<c>validFrom</c>, the earlier
    /// of <c>exp</c>/<c>validUntil</c> — read the same way for credentials and status lists. Outside VC 2.0,
    /// <c>issuanceDate</c>/<c>expirationDate</c> are the same facts as <c>nbf</c>/<c>exp</c> and must agree with them.
    /// </summary>
    public static StepFailure? ReadWindow(JsonElement payload, JsonElement vc, VcDataModel model, out TimeFacts window)
    {
        window = default;
        DateTimeOffset? exp = null, nbf = null, iat = null, validFrom = null, validUntil = null;
        var failure = NumericDate(payload, "exp", out exp) ?? NumericDate(payload, "nbf", out nbf) ?? NumericDate(payload, "iat", out iat)
            ?? DateString(vc, "validFrom", out validFrom) ?? DateString(vc, "validUntil", out validUntil)
            ?? (model != VcDataModel.Vc20 ? SameInstant(vc, "issuanceDate", "nbf", ref nbf) ?? SameInstant(vc, "expirationDate", "exp", ref exp) : null);
        if (failure is not null)
        {
            return failure;
        }

        window = new TimeFacts(Max(nbf, validFrom), Min(exp, validUntil), iat);
        return null;
    }

    /// <summary><paramref name="t"/> moved by <paramref name="by"/>, held within the calendar (no overflow at its edges).</summary>
    public static DateTimeOffset Shift(DateTimeOffset t, TimeSpan by)
    {
        if (by > TimeSpan.Zero && t > DateTimeOffset.MaxValue - by)
        {
            return DateTimeOffset.MaxValue;
        }

        return by < TimeSpan.Zero && t < DateTimeOffset.MinValue - by ? DateTimeOffset.MinValue : t + by;
    }

    /// <summary>Reads a NumericDate claim; a non-number or an out-of-range number is <c>malformed</c> (§11.15), each said as such.</summary>
    internal static StepFailure? NumericDate(JsonElement obj, string name, out DateTimeOffset? value)
    {
        value = null;
        if (!obj.TryGetProperty(name, out var el))
        {
            return null;
        }

        if (el.ValueKind != JsonValueKind.Number)
        {
            return StepFailure.Malformed($"'{name}' must be a NumericDate (a JSON number of seconds), not a JSON {el.ValueKind.ToString().ToLowerInvariant()}.");
        }

        if (!el.TryGetDouble(out var seconds) || !double.IsFinite(seconds) || seconds < MinNumericDate || seconds > MaxNumericDate)
        {
            return StepFailure.Malformed($"'{name}' is out of range: {Jose.JwsParser.Safe(el.GetRawText())} is not a NumericDate between year 1 and 9999 (seconds since 1970; a millisecond timestamp is 1000 times too large).");
        }

        value = DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Floor(seconds * 1000));
        return null;
    }

    internal static StepFailure? DateString(JsonElement vc, string name, out DateTimeOffset? value)
    {
        value = null;
        if (!vc.TryGetProperty(name, out var el))
        {
            return null;
        }

        if (el.ValueKind == JsonValueKind.String && DateTimeStamp.TryParse(el.GetString(), out var parsed))
        {
            value = parsed;
            return null;
        }

        return StepFailure.InvalidClaims($"'{name}' is not an RFC 3339 date-time string.");
    }

    /// <summary>A VC 1.1 date and its registered-claim twin: both present → equal to the second; one present → that one.</summary>
    private static StepFailure? SameInstant(JsonElement vc, string member, string claimName, ref DateTimeOffset? claim)
    {
        if (DateString(vc, member, out var date) is { } bad)
        {
            return bad;
        }

        if (date is { } d && claim is { } c && d.ToUnixTimeSeconds() != c.ToUnixTimeSeconds())
        {
            return StepFailure.InvalidClaims($"'vc.{member}' ({d:O}) and '{claimName}' ({c:O}) state the same instant differently.");
        }

        claim ??= date;
        return null;
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
