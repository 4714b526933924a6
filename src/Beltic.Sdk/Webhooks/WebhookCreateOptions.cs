using Beltic.Identity;

namespace Beltic.Webhooks;

/// <summary>What to send to create a webhook (<see cref="WebhooksClient.CreateAsync"/>).</summary>
public sealed record WebhookCreateOptions
{
    /// <summary>Creates the options.</summary>
    /// <param name="url">Where Beltic POSTs deliveries: absolute https (http only for loopback, for local testing).</param>
    public WebhookCreateOptions(Uri url) => Url = url;

    /// <summary>Where Beltic POSTs deliveries (<c>url</c>).</summary>
    public Uri Url { get; init; }

    /// <summary>The kind of resource to watch (<c>resource_type</c>); <see cref="WebhookResourceType.Document"/> unless set.</summary>
    public WebhookResourceType Resource { get; init; } = WebhookResourceType.Document;

    /// <summary>
    /// The statuses that trigger a delivery (<c>subscribed_statuses</c>): <c>pending</c>, <c>submitted</c>,
    /// <c>processing</c>, <c>processed</c>, <c>failed</c>. Null leaves the choice to the server.
    /// </summary>
    public IReadOnlyList<DocumentStatus>? SubscribedStatuses { get; init; }

    /// <summary>Whether deliveries start at once (<c>is_active</c>); null leaves the server's default.</summary>
    public bool? IsActive { get; init; }

    /// <summary>Says what is wrong before anything is sent.</summary>
    internal WebhookAttributes ToAttributes()
    {
        var url = WebhookUrl.Validate(Url, "options.Url");
        if (string.IsNullOrWhiteSpace(Resource.Value))
        {
            throw new ArgumentException("'options.Resource' must not be empty.", "options");
        }

        return new WebhookAttributes
        {
            Resource = Resource,
            Url = url.AbsoluteUri,
            SubscribedStatuses = WebhookAttributes.CheckStatuses(SubscribedStatuses, "options.SubscribedStatuses"),
            IsActive = IsActive,
        };
    }
}
