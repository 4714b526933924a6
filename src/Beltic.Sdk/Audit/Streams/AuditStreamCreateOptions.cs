using System.Text;

namespace Beltic.Audit;

/// <summary>
/// What to send to create an audit stream (<see cref="StreamsClient.CreateAsync"/>). The secret is never shown by
/// <see cref="ToString"/>.
/// </summary>
public sealed record AuditStreamCreateOptions
{
    /// <summary>Creates the options.</summary>
    /// <param name="url">Where Beltic POSTs events: absolute https (http only for loopback).</param>
    /// <param name="secret">The signing secret, 32–256 characters; see <see cref="AuditStreamSecret.Generate"/>.</param>
    public AuditStreamCreateOptions(Uri url, string secret)
    {
        Url = url;
        Secret = secret;
    }

    /// <summary>Where Beltic POSTs events (<c>url</c>).</summary>
    public Uri Url { get; init; }

    /// <summary>The HMAC-SHA256 signing secret (<c>secret</c>), 32–256 characters. Verify deliveries with it (<c>WebhookReceiver</c>).</summary>
    public string Secret { get; init; }

    /// <summary>Only these event types are delivered (<c>event_filter</c>); null leaves the choice to the server.</summary>
    public IReadOnlyList<AuditEventType>? EventFilter { get; init; }

    /// <summary>Says what is wrong before anything is sent.</summary>
    internal AuditStreamCreateRequest ToRequest()
    {
        var url = Webhooks.WebhookUrl.Validate(Url, "options.Url");
        AuditStreamSecret.Validate(Secret, "options.Secret");
        if (EventFilter is not null)
        {
            if (EventFilter.Count == 0)
            {
                throw new ArgumentException("'options.EventFilter' is empty; leave it null, or name at least one event type.", "options");
            }

            if (EventFilter.Any(t => string.IsNullOrWhiteSpace(t.Value)))
            {
                throw new ArgumentException("'options.EventFilter' must not contain an empty event type.", "options");
            }
        }

        return new AuditStreamCreateRequest { Url = url.AbsoluteUri, Secret = Secret, EventFilter = EventFilter };
    }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Url = ").Append(Url).Append(", Secret = ***, EventFilter = ");
        builder.Append(EventFilter is null ? "null" : "[" + string.Join(", ", EventFilter) + "]");
        return true;
    }
}
