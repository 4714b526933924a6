namespace Beltic;

/// <summary>
/// The names to subscribe to for the SDK's OpenTelemetry traces and metrics:
/// <c>.WithTracing(t =&gt; t.AddSource(BelticDiagnostics.SourceName)).WithMetrics(m =&gt; m.AddMeter(BelticDiagnostics.MeterName))</c>.
/// Nothing is recorded while nobody listens.
/// </summary>
public static class BelticDiagnostics
{
    /// <summary>The <see cref="System.Diagnostics.ActivitySource"/> name: one client span per API call, named by operation (<c>credentials.issue</c>).</summary>
    public const string SourceName = "Beltic.Sdk";

    /// <summary>The <see cref="System.Diagnostics.Metrics.Meter"/> name: call duration, retries and rate-limit waits.</summary>
    public const string MeterName = "Beltic.Sdk";
}
