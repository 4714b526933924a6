namespace Beltic.Http;

/// <summary>
/// What one logical call carries through the pipeline, outside the retry loop: the operation name (for logs and
/// telemetry), the per-call API key and the caller's idempotency key. Refit puts it in the request's options
/// (<c>[Property(BelticCall.PropertyKey)]</c>); the handlers read it from there, so no header is typed per route.
/// </summary>
internal sealed class BelticCall
{
    public const string PropertyKey = "Beltic.Call";

    public static readonly HttpRequestOptionsKey<BelticCall> OptionKey = new(PropertyKey);

    private BelticCall(string operation, string? apiKey, string? idempotencyKey, TimeSpan? timeout, TimeSpan? attemptTimeout, RateLimitTier? tier)
    {
        Tier = tier ?? RateLimitTier.Default;
        Operation = operation;
        ApiKey = apiKey;
        IdempotencyKey = idempotencyKey;
        Timeout = timeout;
        AttemptTimeout = attemptTimeout;
    }

    /// <summary>The operation, <c>area.resource.verb</c> in snake_case.</summary>
    public string Operation { get; }

    /// <summary>The public method this operation is, for messages: <c>things.sub_things.list</c> → <c>Things.SubThings.ListAsync</c>.</summary>
    public string MethodName
    {
        get
        {
            var parts = Operation.Split('.');
            var pascal = parts.Select(p => string.Concat(p.Split('_').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..])));
            return string.Join('.', pascal) + "Async";
        }
    }

    /// <summary>The API key for this call only (<see cref="RequestOptions.ApiKey"/>); null uses the configured one.</summary>
    public string? ApiKey { get; }

    /// <summary>The caller's idempotency key; null lets the pipeline generate one for POST, PATCH and DELETE.</summary>
    public string? IdempotencyKey { get; }

    /// <summary>The caller's total time for this call (<see cref="RequestOptions.Timeout"/>); null uses the client's.</summary>
    public TimeSpan? Timeout { get; }

    /// <summary>
    /// The least time one attempt of this operation may take (a workflow run, a synchronous screening): the attempt
    /// timeout is the longer of this and the client's, and the total timeout at least this. Null for ordinary calls.
    /// </summary>
    public TimeSpan? AttemptTimeout { get; }

    private int _attempts;

    /// <summary>How many attempts the pipeline has made so far (counted per call, so nothing is boxed per attempt).</summary>
    public int Attempts => Volatile.Read(ref _attempts);

    /// <summary>Counts one more attempt and returns its number.</summary>
    public int NextAttempt() => Interlocked.Increment(ref _attempts);

    /// <summary>The per-key rate-limit tier this operation counts against (client-side limiting, when enabled).</summary>
    public RateLimitTier Tier { get; }

    /// <summary>Validates the per-call options (before anything is sent) and captures them for the pipeline.</summary>
    /// <param name="operation">The operation, <c>area.resource.verb</c>.</param>
    /// <param name="options">The caller's per-call options.</param>
    /// <param name="attemptTimeout">For long-running operations: the least time an attempt may take.</param>
    /// <param name="tier">The operation's rate-limit tier, when it is not the default one.</param>
    public static BelticCall Create(string operation, RequestOptions? options, TimeSpan? attemptTimeout = null, RateLimitTier? tier = null)
    {
        options?.Validate();
        return new BelticCall(operation, options?.ApiKey, options?.IdempotencyKey, options?.Timeout, attemptTimeout, tier);
    }

    /// <summary>The total timeout of a call: the caller's, else the client's raised to the operation's attempt time.</summary>
    public static TimeSpan TotalTimeout(BelticCall? call, TimeSpan configured)
        => call?.Timeout ?? (call?.AttemptTimeout is { } least && least > configured ? least : configured);

    /// <summary>The attempt timeout of a call: the operation's least attempt time or the client's, whichever is longer, within the total.</summary>
    public static TimeSpan AttemptTimeoutOf(BelticCall? call, TimeSpan configured)
    {
        var attempt = call?.AttemptTimeout is { } least && least > configured ? least : configured;
        return call?.Timeout is { } total && total < attempt ? total : attempt;
    }

    public static BelticCall? Of(HttpRequestMessage request)
        => request.Options.TryGetValue(OptionKey, out var call) ? call : null;
}
