using System.Diagnostics;

namespace Beltic.Quickstart;

/// <summary>
/// Prints each retry the SDK makes, from its OpenTelemetry span events (ActivitySource "Beltic.Sdk"), so the story shows
/// when the client waited and tried again. A real app would export these spans instead.
/// </summary>
internal sealed class RetryPrinter : IDisposable
{
    private readonly ActivityListener _listener = new()
    {
        ShouldListenTo = source => source.Name == BelticDiagnostics.SourceName,
        Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
        ActivityStopped = activity =>
        {
            foreach (var retry in activity.Events.Where(e => e.Name == "beltic.retry"))
            {
                var tags = retry.Tags.ToDictionary(t => t.Key, t => t.Value);
                var waited = Convert.ToDouble(tags["beltic.retry.delay_ms"], System.Globalization.CultureInfo.InvariantCulture) / 1000;
                Console.WriteLine($"    ↻ {activity.DisplayName}: attempt {tags["beltic.attempt"]} got {tags["beltic.retry.reason"]}; waited {waited:0.0} s and sent it again with the same Idempotency-Key");
            }
        },
    };

    public RetryPrinter() => ActivitySource.AddActivityListener(_listener);

    public void Dispose() => _listener.Dispose();
}
