using System.Security.Cryptography;

namespace Beltic.Testing;

/// <summary>Settings of a <see cref="BelticFake"/>.</summary>
public sealed class BelticFakeOptions
{
    /// <summary>The default API key, granted every scope; default <c>sk_staging_fake_…</c>.</summary>
    public string ApiKey { get; set; } = "sk_staging_fake_0123456789abcdef";

    /// <summary>The fake's clock (credential times, idempotency windows, webhook timestamps, slow answers); default system.</summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>The P-256 key the fake signs credentials with; default a fresh one per fake.</summary>
    public ECDsa? SigningKey { get; set; }

    /// <summary>The signing key's <c>kid</c> in the JWKS; default <c>fake-key-1</c>.</summary>
    public string SigningKeyId { get; set; } = "fake-key-1";

    /// <summary>The issuer DID in credentials and the DID document; default <c>did:web:beltic.com</c> (what verifiers trust by default).</summary>
    public string Issuer { get; set; } = "did:web:beltic.com";

    /// <summary>Whether the documented per-key rate limits are enforced with 429 + <c>Retry-After</c>; default false.</summary>
    public bool EnforceRateLimits { get; set; }

    /// <summary>
    /// Where webhook and audit-stream deliveries are sent; default a plain <see cref="HttpClient"/> handler (real
    /// network). Point it at an in-memory test server to receive deliveries without a socket.
    /// </summary>
    public HttpMessageHandler? DeliveryHandler { get; set; }

    /// <summary>
    /// How long a workflow run paused for review (input <c>"review": true</c>) waits on the fake's clock before the
    /// fake's stand-in reviewer approves it; default 2 s. <c>BelticFake.CompleteWorkflowReview</c> ends it sooner.
    /// </summary>
    public TimeSpan WorkflowReviewTime { get; set; } = TimeSpan.FromSeconds(2);
}
