namespace Beltic;

/// <summary>Per-call settings, passed to mutating methods.</summary>
public sealed class RequestOptions
{
    /// <summary>
    /// The <c>Idempotency-Key</c> for this call. When omitted the SDK generates a UUID. Either way the same key is
    /// sent on every retry of the call, and Beltic returns the original response for a repeated key within 24 h.
    /// At most 255 printable ASCII characters.
    /// </summary>
    public string? IdempotencyKey { get; init; }

    internal static string? ValidatedKey(RequestOptions? options)
    {
        var key = options?.IdempotencyKey;
        if (key is null)
        {
            return null;
        }

        if (key.Length is 0 or > 255 || key.Any(c => c is < (char)0x21 or > (char)0x7E))
        {
            throw new ArgumentException(
                "RequestOptions.IdempotencyKey must be 1 to 255 printable ASCII characters without spaces.", nameof(options));
        }

        return key;
    }
}
