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

    private BelticCall(string operation, string? apiKey, string? idempotencyKey)
    {
        Operation = operation;
        ApiKey = apiKey;
        IdempotencyKey = idempotencyKey;
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

    /// <summary>Validates the per-call options (before anything is sent) and captures them for the pipeline.</summary>
    public static BelticCall Create(string operation, RequestOptions? options)
    {
        options?.Validate();
        return new BelticCall(operation, options?.ApiKey, options?.IdempotencyKey);
    }

    public static BelticCall? Of(HttpRequestMessage request)
        => request.Options.TryGetValue(OptionKey, out var call) ? call : null;
}
