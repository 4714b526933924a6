using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Beltic.Verification.Diagnostics;

/// <summary>
/// The verifier's span and instruments. Tags carry outcome codes, steps, issuers, kids and document kinds — never a
/// token, a subject, a claim or a URL's query.
/// </summary>
internal static class VerifierTelemetry
{
    public const string OutcomeTag = "beltic.verification.outcome";
    public const string DocumentTag = "beltic.document";
    public const string Jwks = "jwks";
    public const string StatusList = "status_list";

    public static readonly ActivitySource Source = new(VerifierDiagnostics.SourceName, PackageVersion());

    private static readonly Meter Meter = new(VerifierDiagnostics.MeterName, PackageVersion());

    public static readonly Counter<long> Verifications = Meter.CreateCounter<long>(
        "beltic.verifier.verifications", "{verification}", "Verifications, by outcome: valid or the failure code (e.g. revoked, policy_denied).");

    public static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        "beltic.verifier.verification.duration", "s", "How long a verification took, fetches of keys and status lists included.");

    public static readonly Counter<long> SignatureCacheHits = Meter.CreateCounter<long>(
        "beltic.verifier.signature_cache.hits", "{verification}", "Verifications whose signature verdict came from the signature cache.");

    public static readonly Counter<long> SignatureCacheMisses = Meter.CreateCounter<long>(
        "beltic.verifier.signature_cache.misses", "{verification}", "Verifications that checked the signature (and could be cached).");

    public static readonly Counter<long> CacheHits = Meter.CreateCounter<long>(
        "beltic.verifier.cache.hits", "{lookup}", "Key-set and status-list lookups answered from the provider's cache (beltic.document: jwks or status_list).");

    public static readonly Counter<long> CacheMisses = Meter.CreateCounter<long>(
        "beltic.verifier.cache.misses", "{lookup}", "Key-set and status-list lookups that needed a fetch or a refresh (beltic.document: jwks or status_list).");

    public static readonly Counter<long> FetchFailures = Meter.CreateCounter<long>(
        "beltic.verifier.fetch.failures", "{fetch}", "Key-set and status-list fetches that failed (beltic.document, error.type).");

    /// <summary>Whether anyone listens to the span or the per-verification metrics.</summary>
    public static bool IsEnabled => Source.HasListeners() || Verifications.Enabled || Duration.Enabled;

    public static void CacheLookup(string document, bool hit)
    {
        var counter = hit ? CacheHits : CacheMisses;
        if (counter.Enabled)
        {
            counter.Add(1, new KeyValuePair<string, object?>(DocumentTag, document));
        }
    }

    public static void FetchFailed(string document, Exception error)
    {
        if (FetchFailures.Enabled)
        {
            FetchFailures.Add(1, new KeyValuePair<string, object?>(DocumentTag, document), new KeyValuePair<string, object?>("error.type", error.GetType().FullName));
        }
    }

    private static string? PackageVersion()
        => typeof(VerifierTelemetry).Assembly.GetName().Version?.ToString(3);
}
