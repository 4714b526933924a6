using System.ComponentModel;

namespace Beltic.Identity;

/// <summary>The 0.1.0-preview signatures (without per-call <see cref="RequestOptions"/>), kept so existing code compiles.</summary>
public partial class DocumentsClient
{
    /// <summary>Same as <see cref="GetAsync(string, RequestOptions?, CancellationToken)"/> without per-call options.</summary>
    /// <param name="documentId">The id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The resource.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Task<Document> GetAsync(string documentId, CancellationToken cancellationToken)
        => GetAsync(documentId, null, cancellationToken);

    /// <summary>Same as <see cref="ListAsync(DocumentListOptions?, RequestOptions?, CancellationToken)"/> without per-call options.</summary>
    /// <param name="options">Filters and paging.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Task<BelticPage<Document>> ListAsync(DocumentListOptions? options, CancellationToken cancellationToken)
        => ListAsync(options, null, cancellationToken);

    /// <summary>Same as <see cref="ListAutoPagingAsync(DocumentListOptions?, RequestOptions?, CancellationToken)"/> without per-call options.</summary>
    /// <param name="options">Filters and paging.</param>
    /// <param name="cancellationToken">Cancels enumeration.</param>
    /// <returns>All matching resources.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public BelticPageable<Document> ListAutoPagingAsync(DocumentListOptions? options, CancellationToken cancellationToken)
        => ListAutoPagingAsync(options, null, cancellationToken);
}
