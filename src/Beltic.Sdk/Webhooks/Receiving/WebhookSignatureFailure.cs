namespace Beltic.Webhooks;

/// <summary>Which check a received delivery failed (<see cref="WebhookSignatureException.Reason"/>).</summary>
public enum WebhookSignatureFailure
{
    /// <summary>A required header (signature, timestamp, or the token you asked to compare) was not sent.</summary>
    MissingHeader,

    /// <summary>A header could not be read: a signature that is not <c>sha256=</c> hex (or hex/base64), a timestamp that is not Unix seconds.</summary>
    InvalidHeader,

    /// <summary>The signed timestamp is further from now than the tolerance (a replay, or a clock far off).</summary>
    TimestampOutOfTolerance,

    /// <summary>The signature matches none of the secrets: the body was changed, or it was signed with another secret.</summary>
    NoMatchingSecret,

    /// <summary>The <c>X-Webhook-Token</c> differs from the token you expected.</summary>
    TokenMismatch,

    /// <summary>The signature is valid but the body is not the JSON object a delivery must be.</summary>
    InvalidPayload,
}
