namespace Beltic.Webhooks;

/// <summary>
/// The headers of a received delivery, looked up case-insensitively. Build it from whatever your framework gives you:
/// a <c>Dictionary&lt;string, string&gt;</c> (converts implicitly), any <c>IEnumerable&lt;KeyValuePair&lt;string,
/// string&gt;&gt;</c>, or any collection of multi-valued headers such as ASP.NET Core's <c>IHeaderDictionary</c>
/// (<c>WebhookHeaders.From(request.Headers)</c>) or <c>HttpHeaders</c>. A header sent several times is read as its
/// values joined with commas.
/// </summary>
public sealed class WebhookHeaders
{
    /// <summary>The audit-stream signature header: <c>sha256=&lt;lowercase hex&gt;</c>.</summary>
    public const string AuditSignature = "Beltic-Signature";

    /// <summary>The audit-stream timestamp header: Unix seconds, signed together with the body.</summary>
    public const string AuditTimestamp = "Beltic-Timestamp";

    /// <summary>The document-webhook signature header: HMAC-SHA256 of the raw body, hex or base64.</summary>
    public const string DocumentSignature = "X-Webhook-Signature";

    /// <summary>The document-webhook token header, compared with the token you stored.</summary>
    public const string DocumentToken = "X-Webhook-Token";

    private readonly Dictionary<string, string> _values;

    private WebhookHeaders(Dictionary<string, string> values) => _values = values;

    /// <summary>Headers as name/value pairs (a dictionary, or a list in which a name may repeat).</summary>
    /// <param name="headers">The headers.</param>
    /// <returns>The headers.</returns>
    public static WebhookHeaders From(IEnumerable<KeyValuePair<string, string>> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers)
        {
            Add(values, name, value);
        }

        return new WebhookHeaders(values);
    }

    /// <summary>
    /// Headers with several values per name: ASP.NET Core's <c>IHeaderDictionary</c> (values are <c>StringValues</c>),
    /// <c>HttpHeaders</c>, or a <c>Dictionary&lt;string, string[]&gt;</c>.
    /// </summary>
    /// <typeparam name="TValues">The collection type of one header's values.</typeparam>
    /// <param name="headers">The headers.</param>
    /// <returns>The headers.</returns>
    public static WebhookHeaders From<TValues>(IEnumerable<KeyValuePair<string, TValues>> headers)
        where TValues : IEnumerable<string?>
    {
        ArgumentNullException.ThrowIfNull(headers);
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, many) in headers)
        {
            if (many is null)
            {
                continue;
            }

            foreach (var value in many)
            {
                Add(values, name, value);
            }
        }

        return new WebhookHeaders(values);
    }

    /// <summary>Headers from a dictionary of single values.</summary>
    /// <param name="headers">The headers.</param>
    public static implicit operator WebhookHeaders(Dictionary<string, string> headers) => From(headers);

    /// <summary>The value of a header (several values joined with commas), or null when it was not sent.</summary>
    /// <param name="name">The header name, any case.</param>
    /// <returns>The value.</returns>
    public string? this[string name] => _values.TryGetValue(name, out var value) ? value : null;

    private static void Add(Dictionary<string, string> values, string? name, string? value)
    {
        if (string.IsNullOrEmpty(name) || value is null)
        {
            return;
        }

        values[name] = values.TryGetValue(name, out var existing) ? existing + "," + value : value;
    }
}
