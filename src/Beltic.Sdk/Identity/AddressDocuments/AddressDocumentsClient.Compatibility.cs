using System.ComponentModel;

namespace Beltic.Identity;

/// <summary>The 0.1.0-preview signatures (without per-call <see cref="RequestOptions"/>), kept so existing code compiles.</summary>
public partial class AddressDocumentsClient
{
    /// <summary>Same as <see cref="ListAsync(AddressDocumentListOptions?, RequestOptions?, CancellationToken)"/> without per-call options.</summary>
    /// <param name="options">Paging.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Task<BelticPage<AddressDocument>> ListAsync(AddressDocumentListOptions? options, CancellationToken cancellationToken)
        => ListAsync(options, null, cancellationToken);

    /// <summary>Same as <see cref="ListAutoPagingAsync(AddressDocumentListOptions?, RequestOptions?, CancellationToken)"/> without per-call options.</summary>
    /// <param name="options">Paging.</param>
    /// <param name="cancellationToken">Cancels enumeration.</param>
    /// <returns>All documents.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public BelticPageable<AddressDocument> ListAutoPagingAsync(AddressDocumentListOptions? options, CancellationToken cancellationToken)
        => ListAutoPagingAsync(options, null, cancellationToken);

    /// <summary>Same as <see cref="UploadAndSubmitAsync(string, IReadOnlyList{FileUpload}, IProgress{long}?, RequestOptions?, CancellationToken)"/> without per-call options.</summary>
    /// <param name="documentId">The document id.</param>
    /// <param name="files">The files.</param>
    /// <param name="progress">Receives the bytes uploaded so far.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The submitted document.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Task<AddressDocument> UploadAndSubmitAsync(string documentId, IReadOnlyList<FileUpload> files, IProgress<long>? progress, CancellationToken cancellationToken)
        => UploadAndSubmitAsync(documentId, files, progress, null, cancellationToken);
}
