using System.Text;

namespace Beltic.Webhooks;

/// <summary>
/// The answer to creating a webhook: the configuration and its signing secret, which Beltic returns only this once.
/// Store <see cref="Secret"/> now (a secrets manager, not a log); it is never shown by <see cref="ToString"/>.
/// </summary>
public sealed record CreatedWebhook : BelticObject
{
    /// <summary>The created configuration.</summary>
    public required Webhook Webhook { get; init; }

    /// <summary>
    /// The signing secret: verify deliveries with it (<see cref="WebhookReceiver.ConstructDocumentEvent"/>). Returned
    /// only in the create response; null only if the server sent none (then delete the webhook and create it again).
    /// </summary>
    public string? Secret { get; init; }

    /// <inheritdoc/>
    protected override bool PrintMembers(StringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (base.PrintMembers(builder))
        {
            builder.Append(", ");
        }

        builder.Append("Webhook = ").Append(Webhook).Append(", Secret = ").Append(Secret is null ? "null" : "***");
        return true;
    }
}
