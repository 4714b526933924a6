namespace Beltic.Identity;

/// <summary>Filters and paging for <see cref="VerificationsClient.ListAsync(VerificationListOptions?, RequestOptions?, CancellationToken)"/>.</summary>
public sealed record VerificationListOptions : ListOptions
{
    /// <summary>Only verifications with this status (<c>filter[status]</c>).</summary>
    public VerificationStatus? Status { get; init; }

    /// <summary>Only verifications of this session (<c>filter[session_id]</c>).</summary>
    public string? SessionId { get; init; }

    /// <summary>Only verifications created at or after this time (<c>filter[created_at_from]</c>).</summary>
    public DateTimeOffset? CreatedFrom { get; init; }

    /// <summary>Only verifications created at or before this time (<c>filter[created_at_to]</c>).</summary>
    public DateTimeOffset? CreatedTo { get; init; }
}
