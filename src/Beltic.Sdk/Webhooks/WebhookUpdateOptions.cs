using Beltic.Identity;

namespace Beltic.Webhooks;

/// <summary>
/// The changes to a webhook (<see cref="WebhooksClient.UpdateAsync"/>, <c>PATCH</c>). Only set members are sent; at
/// least one must be set. The secret cannot be changed this way: create a new webhook to rotate it.
/// </summary>
public sealed record WebhookUpdateOptions
{
    /// <summary>New delivery URL: absolute https (http only for loopback).</summary>
    public Uri? Url { get; init; }

    /// <summary>New set of statuses that trigger a delivery (at least one).</summary>
    public IReadOnlyList<DocumentStatus>? SubscribedStatuses { get; init; }

    /// <summary>Pause (false) or resume (true) deliveries.</summary>
    public bool? IsActive { get; init; }

    /// <summary>Says what is wrong before anything is sent.</summary>
    internal WebhookAttributes ToAttributes()
    {
        if (Url is null && SubscribedStatuses is null && IsActive is null)
        {
            throw new ArgumentException("The update sets nothing; set at least one member of WebhookUpdateOptions.", "options");
        }

        return new WebhookAttributes
        {
            Url = Url is null ? null : WebhookUrl.Validate(Url, "options.Url").AbsoluteUri,
            SubscribedStatuses = WebhookAttributes.CheckStatuses(SubscribedStatuses, "options.SubscribedStatuses"),
            IsActive = IsActive,
        };
    }
}
