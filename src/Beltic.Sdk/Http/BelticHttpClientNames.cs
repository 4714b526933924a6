namespace Beltic.Http;

/// <summary>Names of the SDK's IHttpClientFactory clients.</summary>
internal static class BelticHttpClientNames
{
    /// <summary>The <c>/v1</c> API.</summary>
    public const string Api = "Beltic.Api";

    /// <summary>The host-root <c>/.well-known</c> documents.</summary>
    public const string WellKnown = "Beltic.WellKnown";

    /// <summary>Presigned third-party storage URLs (no API key, no idempotency key).</summary>
    public const string Upload = "Beltic.Upload";
}
