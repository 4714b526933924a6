using System.Globalization;

namespace Beltic.Webhooks;

/// <summary>
/// The signing side of both delivery schemes, exactly as <see cref="WebhookReceiver"/> verifies them: for tests and
/// in-process fake servers that must send what Beltic sends. Returns the headers to put on the POST; the body must
/// then be sent byte for byte as signed.
/// </summary>
public static class WebhookSigner
{
    /// <summary>
    /// Signs an audit-stream delivery: <c>Beltic-Timestamp: &lt;unix seconds&gt;</c> and <c>Beltic-Signature:
    /// sha256=&lt;hex of HMAC-SHA256(secret, "&lt;timestamp&gt;.&lt;body&gt;")&gt;</c>.
    /// </summary>
    /// <param name="body">The exact body bytes.</param>
    /// <param name="secret">The stream's secret.</param>
    /// <param name="timestamp">The signing time (whole seconds are used).</param>
    /// <returns>The two headers.</returns>
    public static IReadOnlyDictionary<string, string> SignAuditStream(ReadOnlySpan<byte> body, string secret, DateTimeOffset timestamp)
    {
        CheckSecret(secret);
        var seconds = timestamp.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var mac = WebhookCrypto.AuditStreamSignature(body, secret, seconds);
        return new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [WebhookHeaders.AuditTimestamp] = seconds,
            [WebhookHeaders.AuditSignature] = "sha256=" + Convert.ToHexStringLower(mac),
        };
    }

    /// <summary>
    /// Signs a document-webhook delivery: <c>X-Webhook-Signature</c> = HMAC-SHA256(secret, body) in the chosen
    /// encoding, plus <c>X-Webhook-Token</c> when a token is given.
    /// </summary>
    /// <param name="body">The exact body bytes.</param>
    /// <param name="secret">The webhook's secret.</param>
    /// <param name="token">The token to send in <c>X-Webhook-Token</c>, or null for none.</param>
    /// <param name="encoding">Hex (default) or base64.</param>
    /// <returns>The headers.</returns>
    public static IReadOnlyDictionary<string, string> SignDocumentWebhook(ReadOnlySpan<byte> body, string secret, string? token = null, WebhookSignatureEncoding encoding = WebhookSignatureEncoding.Hex)
    {
        CheckSecret(secret);
        var mac = WebhookCrypto.DocumentSignature(body, secret);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [WebhookHeaders.DocumentSignature] = encoding switch
            {
                WebhookSignatureEncoding.Hex => Convert.ToHexStringLower(mac),
                WebhookSignatureEncoding.Base64 => Convert.ToBase64String(mac),
                _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "Unknown signature encoding."),
            },
        };
        if (token is not null)
        {
            headers[WebhookHeaders.DocumentToken] = token;
        }

        return headers;
    }

    internal static void CheckSecret(string? secret, string name = "secret")
    {
        ArgumentNullException.ThrowIfNull(secret, name);
        if (secret.Length == 0)
        {
            throw new ArgumentException($"'{name}' must not be empty.", name);
        }
    }
}
