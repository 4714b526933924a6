namespace Beltic.Identity;

/// <summary>Filters and paging for <see cref="SessionsClient.ListAsync(SessionListOptions?, RequestOptions?, CancellationToken)"/>.</summary>
public sealed record SessionListOptions : ListOptions
{
    /// <summary>Only sessions with this status (<c>filter[status]</c>).</summary>
    public SessionStatus? Status { get; init; }

    /// <summary>Only person or only business sessions (<c>filter[entity_type]</c>).</summary>
    public EntityType? EntityType { get; init; }

    /// <summary>Only sessions of this account (<c>filter[account]</c>).</summary>
    public string? AccountId { get; init; }

    /// <summary>Only sessions from this device (<c>filter[session_device]</c>).</summary>
    public string? SessionDeviceId { get; init; }
}
