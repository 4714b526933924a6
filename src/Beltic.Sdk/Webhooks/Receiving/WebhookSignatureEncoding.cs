namespace Beltic.Webhooks;

/// <summary>How <see cref="WebhookSigner.SignDocumentWebhook"/> writes the <c>X-Webhook-Signature</c> (the receiver accepts both).</summary>
public enum WebhookSignatureEncoding
{
    /// <summary>Lowercase hexadecimal (64 characters).</summary>
    Hex,

    /// <summary>Standard base64 with padding (44 characters).</summary>
    Base64,
}
