using System.ComponentModel;

namespace Beltic.Credentials;

/// <summary>
/// The 0.1.0-preview signatures (without per-call <see cref="RequestOptions"/>), kept so code that passes a
/// <see cref="CancellationToken"/> positionally still compiles. Each forwards to the method above it.
/// </summary>
public partial class CredentialsClient
{
    /// <summary>Same as <see cref="GetBatchAsync(string, RequestOptions?, CancellationToken)"/> without per-call options.</summary>
    /// <param name="jobId">The job id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job's current state.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Task<CredentialBatch> GetBatchAsync(string jobId, CancellationToken cancellationToken)
        => GetBatchAsync(jobId, null, cancellationToken);

    /// <summary>Same as <see cref="WaitForBatchAsync(CredentialBatch, TimeSpan?, RequestOptions?, CancellationToken)"/> without per-call options.</summary>
    /// <param name="batch">The job.</param>
    /// <param name="pollInterval">Time between polls.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The finished job.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Task<CredentialBatch> WaitForBatchAsync(CredentialBatch batch, TimeSpan? pollInterval, CancellationToken cancellationToken)
        => WaitForBatchAsync(batch, pollInterval, null, cancellationToken);

    /// <summary>Same as <see cref="WaitForBatchAsync(string, TimeSpan?, RequestOptions?, CancellationToken)"/> without per-call options.</summary>
    /// <param name="jobId">The job id.</param>
    /// <param name="pollInterval">Time between polls.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The finished job.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Task<CredentialBatch> WaitForBatchAsync(string jobId, TimeSpan? pollInterval, CancellationToken cancellationToken)
        => WaitForBatchAsync(jobId, pollInterval, null, cancellationToken);

    /// <summary>Same as <see cref="ListAsync(CredentialListOptions?, RequestOptions?, CancellationToken)"/> without per-call options.</summary>
    /// <param name="options">Filters and paging.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Task<BelticPage<Credential>> ListAsync(CredentialListOptions? options, CancellationToken cancellationToken)
        => ListAsync(options, null, cancellationToken);

    /// <summary>Same as <see cref="ListAutoPagingAsync(CredentialListOptions?, RequestOptions?, CancellationToken)"/> without per-call options.</summary>
    /// <param name="options">Filters and paging.</param>
    /// <param name="cancellationToken">Cancels enumeration.</param>
    /// <returns>All matching credentials.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public BelticPageable<Credential> ListAutoPagingAsync(CredentialListOptions? options, CancellationToken cancellationToken)
        => ListAutoPagingAsync(options, null, cancellationToken);

    /// <summary>Same as <see cref="GetAsync(string, RequestOptions?, CancellationToken)"/> without per-call options.</summary>
    /// <param name="credentialId">The credential id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The credential.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Task<Credential> GetAsync(string credentialId, CancellationToken cancellationToken)
        => GetAsync(credentialId, null, cancellationToken);

    /// <summary>Same as <see cref="VerifyAsync(string, CredentialVerificationContext?, RequestOptions?, CancellationToken)"/> without per-call options.</summary>
    /// <param name="credential">The JWT-VC.</param>
    /// <param name="context">Audience and transaction context.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The verdict.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Task<CredentialVerificationResult> VerifyAsync(string credential, CredentialVerificationContext? context, CancellationToken cancellationToken)
        => VerifyAsync(credential, context, null, cancellationToken);

    /// <summary>Uploads evidence from a stream; see <see cref="UploadEvidenceAsync(FileUpload, string?, RequestOptions?, CancellationToken)"/>.</summary>
    /// <param name="content">The file content (read from its position; not disposed).</param>
    /// <param name="contentType">The MIME type, or null to recognise it from the content.</param>
    /// <param name="fileName">The file name to store.</param>
    /// <param name="documentType">Optional document type, e.g. <c>passport</c>.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored evidence.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Task<Evidence> UploadEvidenceAsync(Stream content, string? contentType, string fileName, string? documentType = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
        => UploadEvidenceAsync(FileUpload.FromStream(content, fileName, contentType), documentType, requestOptions, cancellationToken);

    /// <summary>Uploads evidence from disk; see <see cref="UploadEvidenceAsync(FileUpload, string?, RequestOptions?, CancellationToken)"/>.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="contentType">The MIME type, or null to recognise it.</param>
    /// <param name="documentType">Optional document type.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored evidence.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Task<Evidence> UploadEvidenceAsync(string path, string? contentType = null, string? documentType = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
        => UploadEvidenceAsync(FileUpload.FromFile(path, contentType), documentType, requestOptions, cancellationToken);
}
