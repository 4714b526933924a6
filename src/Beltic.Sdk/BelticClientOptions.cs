namespace Beltic;

/// <summary>
/// Settings for <see cref="BelticClient"/>. Bind from configuration (section <c>Beltic</c>) or set in code.
/// <see cref="ToString"/> never prints the API key.
/// </summary>
public sealed class BelticClientOptions
{
    /// <summary>The configuration section name used by convention: <c>Beltic</c>.</summary>
    public const string SectionName = "Beltic";

    /// <summary>Default API base address: <c>https://api.beltic.com/v1</c>.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://api.beltic.com/v1");

    /// <summary>Default number of retries after the first attempt: 3.</summary>
    public const int DefaultMaxRetries = 3;

    /// <summary>Default total time for one call, across all attempts and waits: 100 s.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(100);

    /// <summary>Default time for one attempt: 30 s.</summary>
    public static readonly TimeSpan DefaultAttemptTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Default longest <c>Retry-After</c> the SDK waits for before giving up with the typed 429: 30 s.</summary>
    public static readonly TimeSpan DefaultMaxRetryAfter = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The secret API key, <c>sk_staging_…</c> or <c>sk_production_…</c>. Required unless
    /// <see cref="RequireApiKey"/> is <see langword="false"/> (public endpoints only).
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>The API base address; default <see cref="DefaultBaseAddress"/>. Point it at a fake server in tests.</summary>
    public Uri BaseAddress { get; set; } = DefaultBaseAddress;

    /// <summary>
    /// Where <c>/.well-known/*</c> lives. Default: <see cref="BaseAddress"/> with a trailing <c>/vN</c> segment removed
    /// (<c>https://api.beltic.com</c>).
    /// </summary>
    public Uri? WellKnownBaseAddress { get; set; }

    /// <summary>Retries after the first attempt (0 disables retrying); default 3.</summary>
    public int MaxRetries { get; set; } = DefaultMaxRetries;

    /// <summary>Total time for one call including retries and backoff; default 100 s.</summary>
    public TimeSpan Timeout { get; set; } = DefaultTimeout;

    /// <summary>Time for one attempt; a timed-out attempt is retried; default 30 s.</summary>
    public TimeSpan AttemptTimeout { get; set; } = DefaultAttemptTimeout;

    /// <summary>
    /// The longest <c>Retry-After</c> the SDK will sleep for; a longer one ends the call at once with
    /// <see cref="BelticRateLimitException"/> carrying the wait. Default 30 s.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = DefaultMaxRetryAfter;

    /// <summary>
    /// Queue requests client-side to stay within Beltic's documented per-key rate limits (default 300/min, bursts of
    /// 500; running workflows 60/min, bursts of 100; batch issue 10/min, bursts of 10) instead of collecting 429s.
    /// Off by default. The limit is shared by every client in the container that uses the same key.
    /// </summary>
    public bool ClientSideRateLimiting { get; set; }

    /// <summary>
    /// With <see cref="ClientSideRateLimiting"/>: how many requests may wait for a permit per key and tier; when the
    /// queue is full a call fails at once with <see cref="BelticRateLimitException"/>. Default 1000.
    /// </summary>
    public int RateLimitQueueLimit { get; set; } = DefaultRateLimitQueueLimit;

    /// <summary>Default <see cref="RateLimitQueueLimit"/>: 1000.</summary>
    public const int DefaultRateLimitQueueLimit = 1000;

    /// <summary>Optional application id appended to the <c>User-Agent</c> (e.g. <c>acme-onboarding/2.1</c>).</summary>
    public string? ApplicationId { get; set; }

    /// <summary>
    /// Whether an API key must be configured (default <see langword="true"/>). Set to <see langword="false"/> for a
    /// client that only calls the public endpoints (<c>WellKnown</c>, <c>Credentials.PublicVerifyAsync</c>).
    /// </summary>
    public bool RequireApiKey { get; set; } = true;

    /// <summary>The environment the configured key belongs to, from its prefix.</summary>
    public BelticEnvironment Environment => ApiKey switch
    {
        { } k when k.StartsWith("sk_production_", StringComparison.Ordinal) => BelticEnvironment.Production,
        { } k when k.StartsWith("sk_staging_", StringComparison.Ordinal) => BelticEnvironment.Staging,
        _ => BelticEnvironment.Unknown,
    };

    /// <summary>The effective well-known base address.</summary>
    /// <returns><see cref="WellKnownBaseAddress"/>, or <see cref="BaseAddress"/> without its version segment.</returns>
    public Uri GetWellKnownBaseAddress()
    {
        if (WellKnownBaseAddress is not null)
        {
            return WellKnownBaseAddress;
        }

        var b = BaseAddress ?? DefaultBaseAddress;
        var path = b.AbsolutePath.TrimEnd('/');
        var last = path.LastIndexOf('/');
        if (last >= 0 && path.Length > last + 2 && path[last + 1] == 'v' && path[(last + 2)..].All(char.IsAsciiDigit))
        {
            path = path[..last];
        }

        return new UriBuilder(b) { Path = path.Length == 0 ? "/" : path, Query = string.Empty }.Uri;
    }

    internal BelticClientOptions Clone() => (BelticClientOptions)MemberwiseClone();

    internal void CopyTo(BelticClientOptions target)
    {
        target.ApiKey = ApiKey;
        target.BaseAddress = BaseAddress;
        target.WellKnownBaseAddress = WellKnownBaseAddress;
        target.MaxRetries = MaxRetries;
        target.Timeout = Timeout;
        target.AttemptTimeout = AttemptTimeout;
        target.MaxRetryAfter = MaxRetryAfter;
        target.ApplicationId = ApplicationId;
        target.RequireApiKey = RequireApiKey;
        target.ClientSideRateLimiting = ClientSideRateLimiting;
        target.RateLimitQueueLimit = RateLimitQueueLimit;
    }

    /// <summary>Describes the options with the API key redacted.</summary>
    /// <returns>A one-line description that is safe to log.</returns>
    public override string ToString()
        => $"BelticClientOptions {{ ApiKey = {(string.IsNullOrEmpty(ApiKey) ? "(none)" : "***")}, Environment = {Environment}, BaseAddress = {BaseAddress}, MaxRetries = {MaxRetries}, Timeout = {Timeout}, AttemptTimeout = {AttemptTimeout} }}";
}
