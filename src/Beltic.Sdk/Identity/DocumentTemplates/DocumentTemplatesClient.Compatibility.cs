using System.ComponentModel;

namespace Beltic.Identity;

/// <summary>The 0.1.0-preview signatures (without per-call <see cref="RequestOptions"/>), kept so existing code compiles.</summary>
public partial class DocumentTemplatesClient
{
    /// <summary>Same as <see cref="GetAsync(string, RequestOptions?, CancellationToken)"/> without per-call options.</summary>
    /// <param name="templateId">The id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The resource.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Task<DocumentTemplate> GetAsync(string templateId, CancellationToken cancellationToken)
        => GetAsync(templateId, null, cancellationToken);

    /// <summary>Same as <see cref="ListAsync(DocumentTemplateListOptions?, RequestOptions?, CancellationToken)"/> without per-call options.</summary>
    /// <param name="options">Filters and paging.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Task<BelticPage<DocumentTemplate>> ListAsync(DocumentTemplateListOptions? options, CancellationToken cancellationToken)
        => ListAsync(options, null, cancellationToken);

    /// <summary>Same as <see cref="ListAutoPagingAsync(DocumentTemplateListOptions?, RequestOptions?, CancellationToken)"/> without per-call options.</summary>
    /// <param name="options">Filters and paging.</param>
    /// <param name="cancellationToken">Cancels enumeration.</param>
    /// <returns>All matching resources.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public BelticPageable<DocumentTemplate> ListAutoPagingAsync(DocumentTemplateListOptions? options, CancellationToken cancellationToken)
        => ListAutoPagingAsync(options, null, cancellationToken);
}
