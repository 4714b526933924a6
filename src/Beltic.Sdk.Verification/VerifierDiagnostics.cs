namespace Beltic.Verification;

/// <summary>
/// The OpenTelemetry names of the verifier: one span per verification and metrics for outcomes and the key and
/// status-list caches. Wire them in with
/// <c>.WithTracing(t =&gt; t.AddSource(VerifierDiagnostics.SourceName)).WithMetrics(m =&gt; m.AddMeter(VerifierDiagnostics.MeterName))</c>.
/// Nothing is recorded, and nothing costs, while nobody listens.
/// </summary>
public static class VerifierDiagnostics
{
    /// <summary>The <see cref="System.Diagnostics.ActivitySource"/> name: <c>Beltic.Sdk.Verification</c>.</summary>
    public const string SourceName = "Beltic.Sdk.Verification";

    /// <summary>The <see cref="System.Diagnostics.Metrics.Meter"/> name: <c>Beltic.Sdk.Verification</c>.</summary>
    public const string MeterName = "Beltic.Sdk.Verification";
}
