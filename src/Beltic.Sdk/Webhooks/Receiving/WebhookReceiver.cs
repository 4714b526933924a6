using System.Globalization;

namespace Beltic.Webhooks;

/// <summary>
/// Verifies and parses the deliveries Beltic POSTs to you — the receiving side of <see cref="WebhookSigner"/>. Pass the
/// raw body bytes exactly as received (never JSON you re-serialised), the headers and your secret(s); you get a typed
/// <see cref="WebhookEvent"/>, or one <see cref="WebhookSignatureException"/> whose <see cref="WebhookSignatureException.Reason"/>
/// says which check failed. Several secrets are tried in turn so you can rotate without dropping deliveries. The body is
/// parsed only after its signature is verified. Comparisons are constant-time. No ASP.NET Core dependency.
/// </summary>
/// <remarks>
/// Two schemes, as Beltic's API reference and integrations describe them (section 11.9 of the SDK's API notes):
/// audit streams sign <c>"&lt;Beltic-Timestamp&gt;.&lt;body&gt;"</c> (<c>Beltic-Signature: sha256=&lt;hex&gt;</c>, 300 s
/// tolerance); document webhooks sign the body alone (<c>X-Webhook-Signature</c>, hex or base64) and send an
/// <c>X-Webhook-Token</c>. Document webhooks carry no timestamp, so deduplicate them by <see cref="WebhookEvent.Id"/>
/// or resource and status.
/// </remarks>
public static class WebhookReceiver
{
    /// <summary>How far an audit-stream timestamp may be from now, either way: 300 seconds.</summary>
    public static TimeSpan DefaultTolerance { get; } = TimeSpan.FromSeconds(300);

    private static readonly long MaxUnixSeconds = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    /// <summary>Verifies an audit-stream delivery and parses it.</summary>
    /// <param name="body">The raw body bytes, as received.</param>
    /// <param name="headers">The request headers (<c>Beltic-Signature</c>, <c>Beltic-Timestamp</c>).</param>
    /// <param name="secrets">The stream's secret, or several during a rotation (any may match).</param>
    /// <param name="tolerance">How far the timestamp may be from now; default <see cref="DefaultTolerance"/>.</param>
    /// <param name="timeProvider">The clock; default <see cref="TimeProvider.System"/>.</param>
    /// <returns>An <see cref="AuditStreamEvent"/>, or an <see cref="UnknownWebhookEvent"/> for an event type this SDK does not know.</returns>
    /// <exception cref="WebhookSignatureException">A check failed; nothing in the body can be trusted.</exception>
    public static WebhookEvent ConstructAuditStreamEvent(ReadOnlySpan<byte> body, WebhookHeaders headers, IEnumerable<string> secrets, TimeSpan? tolerance = null, TimeProvider? timeProvider = null)
    {
        VerifyAuditStream(body, headers, secrets, tolerance, timeProvider);
        return WebhookEventReader.ReadAuditStream(body);
    }

    /// <summary>Verifies a document-webhook delivery and parses it.</summary>
    /// <param name="body">The raw body bytes, as received.</param>
    /// <param name="headers">The request headers (<c>X-Webhook-Signature</c>, and <c>X-Webhook-Token</c> when a token is expected).</param>
    /// <param name="secrets">The webhook's secret (from <see cref="CreatedWebhook.Secret"/>), or several during a rotation.</param>
    /// <param name="expectedToken">The token <c>X-Webhook-Token</c> must equal; null skips that comparison (the signature is always checked).</param>
    /// <returns>A <see cref="DocumentStatusChangedEvent"/>, or an <see cref="UnknownWebhookEvent"/> when the payload names no resource and status.</returns>
    /// <exception cref="WebhookSignatureException">A check failed; nothing in the body can be trusted.</exception>
    public static WebhookEvent ConstructDocumentEvent(ReadOnlySpan<byte> body, WebhookHeaders headers, IEnumerable<string> secrets, string? expectedToken = null)
    {
        VerifyDocument(body, headers, secrets, expectedToken);
        return WebhookEventReader.ReadDocument(body);
    }

    /// <summary>Verifies an audit-stream delivery without parsing it (for bodies you read yourself).</summary>
    /// <param name="body">The raw body bytes, as received.</param>
    /// <param name="headers">The request headers.</param>
    /// <param name="secrets">The stream's secret(s).</param>
    /// <param name="tolerance">How far the timestamp may be from now; default <see cref="DefaultTolerance"/>.</param>
    /// <param name="timeProvider">The clock; default <see cref="TimeProvider.System"/>.</param>
    /// <exception cref="WebhookSignatureException">A check failed.</exception>
    public static void VerifyAuditStream(ReadOnlySpan<byte> body, WebhookHeaders headers, IEnumerable<string> secrets, TimeSpan? tolerance = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var keys = Secrets(secrets);
        var window = tolerance ?? DefaultTolerance;
        if (window <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), window, "The tolerance must be positive.");
        }

        var signatureHeader = Required(headers, WebhookHeaders.AuditSignature);
        var timestamp = Required(headers, WebhookHeaders.AuditTimestamp);
        if (timestamp.Length is 0 or > 12 || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            throw new WebhookSignatureException(WebhookSignatureFailure.InvalidHeader,
                $"The {WebhookHeaders.AuditTimestamp} header is not a Unix time in seconds.", WebhookHeaders.AuditTimestamp);
        }

        var candidates = WebhookSignatureParser.AuditStream(signatureHeader);
        var now = (timeProvider ?? TimeProvider.System).GetUtcNow();
        // Twelve digits reach past year 9999, which DateTimeOffset cannot hold: such a time is simply far from now.
        var age = seconds <= MaxUnixSeconds ? now - DateTimeOffset.FromUnixTimeSeconds(seconds) : -TimeSpan.MaxValue;
        if (age > window || age < -window)
        {
            throw new WebhookSignatureException(WebhookSignatureFailure.TimestampOutOfTolerance,
                $"The delivery was signed {Describe(age)}, more than the {window.TotalSeconds:0} s tolerance: a replay, or a clock that is off.",
                WebhookHeaders.AuditTimestamp);
        }

        var expected = new List<byte[]>(keys.Count);
        foreach (var secret in keys)
        {
            expected.Add(WebhookCrypto.AuditStreamSignature(body, secret, timestamp));
        }

        if (!WebhookCrypto.AnyMatches(candidates, expected))
        {
            throw NoMatch(keys.Count, WebhookHeaders.AuditSignature);
        }
    }

    /// <summary>Verifies a document-webhook delivery without parsing it.</summary>
    /// <param name="body">The raw body bytes, as received.</param>
    /// <param name="headers">The request headers.</param>
    /// <param name="secrets">The webhook's secret(s).</param>
    /// <param name="expectedToken">The token <c>X-Webhook-Token</c> must equal; null skips that comparison.</param>
    /// <exception cref="WebhookSignatureException">A check failed.</exception>
    public static void VerifyDocument(ReadOnlySpan<byte> body, WebhookHeaders headers, IEnumerable<string> secrets, string? expectedToken = null)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var keys = Secrets(secrets);
        if (expectedToken is { Length: 0 })
        {
            throw new ArgumentException("'expectedToken' must not be empty; pass null to skip the token comparison.", nameof(expectedToken));
        }

        var signatureHeader = Required(headers, WebhookHeaders.DocumentSignature);
        var token = expectedToken is null ? null : Required(headers, WebhookHeaders.DocumentToken);
        var candidates = WebhookSignatureParser.Document(signatureHeader);
        var expected = new List<byte[]>(keys.Count);
        foreach (var secret in keys)
        {
            expected.Add(WebhookCrypto.DocumentSignature(body, secret));
        }

        if (!WebhookCrypto.AnyMatches(candidates, expected))
        {
            throw NoMatch(keys.Count, WebhookHeaders.DocumentSignature);
        }

        if (token is not null && !System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.UTF8.GetBytes(token), System.Text.Encoding.UTF8.GetBytes(expectedToken!)))
        {
            throw new WebhookSignatureException(WebhookSignatureFailure.TokenMismatch,
                $"The {WebhookHeaders.DocumentToken} header differs from the expected token.", WebhookHeaders.DocumentToken);
        }
    }

    private static string Required(WebhookHeaders headers, string name)
        => headers[name] is { Length: > 0 } value
            ? value.Trim()
            : throw new WebhookSignatureException(WebhookSignatureFailure.MissingHeader, $"The {name} header is missing or empty.", name);

    private static List<string> Secrets(IEnumerable<string> secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        var list = new List<string>();
        foreach (var secret in secrets)
        {
            WebhookSigner.CheckSecret(secret, $"secrets[{list.Count}]");
            list.Add(secret);
        }

        return list.Count > 0 ? list : throw new ArgumentException("At least one secret is needed to verify a delivery.", nameof(secrets));
    }

    private static WebhookSignatureException NoMatch(int secrets, string header)
        => new(WebhookSignatureFailure.NoMatchingSecret,
            $"The {header} matches none of the {secrets} secret(s): the body was altered, or it was signed with another secret.", header);

    private static string Describe(TimeSpan age)
        => age >= TimeSpan.Zero
            ? $"{age.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s ago"
            : $"{(-age).TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s in the future";
}
