using System.Net.Http.Headers;

namespace Beltic.Http;

/// <summary>Reads <c>Retry-After</c> in both forms (delta-seconds and HTTP-date).</summary>
internal static class RetryAfterParser
{
    /// <summary>
    /// The delay the server asked for. An HTTP-date is measured against the response's own <c>Date</c> header when
    /// present (so a skewed local clock does not distort it), otherwise against <paramref name="now"/>.
    /// </summary>
    public static TimeSpan? Parse(HttpResponseHeaders headers, DateTimeOffset now)
    {
        var value = headers.RetryAfter;
        if (value is null)
        {
            // Tolerate fractional seconds ("1.5"), which the typed header parser rejects.
            if (headers.TryGetValues("Retry-After", out var raw) &&
                double.TryParse(raw.FirstOrDefault(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds) &&
                seconds >= 0 && seconds < TimeSpan.MaxValue.TotalSeconds)
            {
                return TimeSpan.FromSeconds(seconds);
            }

            return null;
        }

        if (value.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (value.Date is { } date)
        {
            var reference = headers.Date ?? now;
            var wait = date - reference;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
