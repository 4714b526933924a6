using Beltic.Sdk.Verification.Tests.Support;
using Beltic.Verification;
using Beltic.Verification.Schema;

namespace Beltic.Sdk.Verification.Tests;

/// <summary>
/// VC date-times are RFC 3339 date-times; one without an offset is UTC (VC data model), never the verifying host's
/// local time, and a bare date is not a date-time. Both verification paths read them alike.
/// </summary>
public class DateTimeStampTests
{
    private readonly TestIssuer _issuer = new();

    [Theory]
    [InlineData("2026-08-19T10:30:00Z", "2026-08-19T10:30:00+00:00")]
    [InlineData("2026-08-19t10:30:00z", "2026-08-19T10:30:00+00:00")]
    [InlineData("2026-08-19T10:30:00", "2026-08-19T10:30:00+00:00")]              // no offset: UTC, whatever the host's zone
    [InlineData("2026-08-19T12:30:00+02:00", "2026-08-19T10:30:00+00:00")]
    [InlineData("2026-08-19T10:30:00.1234567Z", "2026-08-19T10:30:00.1234567+00:00")]
    public void Date_times_with_or_without_an_offset_are_read_on_the_UTC_timeline(string text, string expected)
    {
        Assert.True(DateTimeStamp.TryParse(text, out var value));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
        Assert.Equal(TimeSpan.Zero, value.Offset);
    }

    [Theory]
    [InlineData("2026-08-19")]                      // a date, not a date-time
    [InlineData("2026-08-19T10:30Z")]               // no seconds
    [InlineData("2026-08-19 10:30:00Z")]            // a space is not RFC 3339's separator here
    [InlineData("2026-08-19T10:30:00.12345678Z")]   // more precision than a tick
    [InlineData("２０２６-08-19T10:30:00Z")]         // full-width digits
    [InlineData("2026-08-19T10:30:00+0200")]        // offset without its colon
    [InlineData("Tue, 19 Aug 2026 10:30:00 GMT")]
    [InlineData("")]
    public void Other_shapes_are_not_date_times(string text)
        => Assert.False(DateTimeStamp.TryParse(text, out _));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_offset_less_valid_until_expires_at_that_UTC_instant_on_both_paths(bool fullPathOnly)
    {
        var p = TestIssuer.Payload();
        p["validUntil"] = TestIssuer.Now.UtcDateTime.AddMinutes(-5).ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        var q = TestIssuer.Payload();
        q["validUntil"] = TestIssuer.Now.UtcDateTime.AddMinutes(5).ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

        var expired = await Verifiers.Offline(_issuer, configure: o => o.FullPathOnly = fullPathOnly).VerifyAsync(_issuer.Sign(p));
        var valid = await Verifiers.Offline(_issuer, configure: o => o.FullPathOnly = fullPathOnly).VerifyAsync(_issuer.Sign(q));

        Assert.Equal(VerificationCodes.Expired, expired.Code);
        Assert.True(valid.IsValid, valid.ToString());
        Assert.Equal(TestIssuer.Now.AddMinutes(5), valid.Credential!.ValidUntil);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_bare_date_is_invalid_claims_on_both_paths(bool fullPathOnly)
    {
        var p = TestIssuer.Payload();
        p["validUntil"] = "2027-01-01";

        var r = await Verifiers.Offline(_issuer, configure: o => o.FullPathOnly = fullPathOnly).VerifyAsync(_issuer.Sign(p));

        Assert.Equal(VerificationCodes.InvalidClaims, r.Code);
    }
}
