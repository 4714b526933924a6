namespace Beltic.Identity;

/// <summary>Filters and paging for <see cref="DocumentTemplatesClient.ListAsync(DocumentTemplateListOptions?, RequestOptions?, CancellationToken)"/>.</summary>
public sealed record DocumentTemplateListOptions : ListOptions
{
    /// <summary>Only templates with this status (<c>filter[status]</c>).</summary>
    public DocumentTemplateStatus? Status { get; init; }

    /// <summary>Only active (true) or inactive (false) templates (<c>filter[is_active]</c>; the server defaults to true).</summary>
    public bool? IsActive { get; init; }
}
