using System.Globalization;
using System.Text.RegularExpressions;

namespace Beltic.Verification.Schema;

/// <summary>
/// Reads a VC date-time (<c>validFrom</c>, <c>validUntil</c>, <c>issuanceDate</c>, <c>expirationDate</c>): an RFC 3339
/// date and time — never a bare date — with <c>Z</c> or a <c>±hh:mm</c> offset, or without one, which the VC data model
/// says to read as UTC (never as the verifying machine's local time, which would move an expiry by its time zone).
/// </summary>
internal static partial class DateTimeStamp
{
    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        return text is not null && Shape().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);
    }

    // ASCII digits only ([0-9], not \d, which takes any Unicode digit); at most the 7 fractional digits .NET keeps.
    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,7})?([Zz]|[+-][0-9]{2}:[0-9]{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
