using Beltic.Http;
using Beltic.Serialization.JsonApi;
using Beltic.Uploads;

namespace Beltic.Identity;

/// <summary>
/// Proof-of-address documents (<c>/v1/identity/documents/addresses</c>): add files, upload them, submit for
/// processing. Reached through <see cref="IdentityClient.AddressDocuments"/>.
/// </summary>
public partial class AddressDocumentsClient : BelticAreaClient
{
    internal AddressDocumentsClient(BelticConnection connection)
        : base(connection, IdentityJsonContext.Serializer)
    {
    }

    /// <summary>For mocking.</summary>
    protected AddressDocumentsClient()
    {
    }

    /// <summary>Lists one page of proof-of-address documents (<c>GET /v1/identity/documents/addresses</c>).</summary>
    /// <param name="options">Paging.</param>
    /// <param name="requestOptions">Per-call settings (API key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    public virtual Task<BelticPage<AddressDocument>> ListAsync(AddressDocumentListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
        => ResourcePageAsync<AddressDocument>("identity.address_documents.list", options ?? new(), null, requestOptions, SendList, cancellationToken);

    /// <summary>Lists every proof-of-address document, fetching pages lazily. Never mutates <paramref name="options"/>.</summary>
    /// <param name="options">Paging.</param>
    /// <param name="requestOptions">Per-call settings (API key) for every page.</param>
    /// <param name="cancellationToken">Cancels enumeration.</param>
    /// <returns>All documents.</returns>
    public virtual BelticPageable<AddressDocument> ListAutoPagingAsync(AddressDocumentListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
        => ResourcePageable<AddressDocument>("identity.address_documents.list", options ?? new(), requestOptions, SendList, cancellationToken);

    /// <summary>
    /// Declares a file on a document (<c>POST /v1/identity/documents/addresses/{id}/files</c>) and returns it with its
    /// presigned upload URL in <see cref="DocumentFile.Upload"/>.
    /// </summary>
    /// <param name="documentId">The <c>document/address</c> id.</param>
    /// <param name="file">Name, type, size and checksum of the file.</param>
    /// <param name="requestOptions">Per-call settings (API key, idempotency key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The declared file, status <c>pending_upload</c>.</returns>
    public virtual Task<DocumentFile> AddFileAsync(string documentId, DocumentFileCreateOptions file, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(documentId);
        Argument.NotNull(file);
        var call = Call("identity.address_documents.add_file", requestOptions);
        var body = file.ToRequest(IdentityResources.File);
        return SendResourceAsync<DocumentFile>(Rest<IAddressDocumentsApi>().AddFileAsync(documentId, body, call, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Submits a document for processing (<c>POST /v1/identity/documents/addresses/{id}/submit</c>); it needs at least
    /// one uploaded file.
    /// </summary>
    /// <param name="documentId">The <c>document/address</c> id.</param>
    /// <param name="requestOptions">Per-call settings (API key, idempotency key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The document with what was read from it.</returns>
    public virtual Task<AddressDocument> SubmitAsync(string documentId, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(documentId);
        var call = Call("identity.address_documents.submit", requestOptions);
        return SendResourceAsync<AddressDocument>(Rest<IAddressDocumentsApi>().SubmitAsync(documentId, call, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Adds a file to a document and uploads its bytes: validates the file, declares it with its size and base64 MD5
    /// checksum, then PUTs it to the presigned URL without the Beltic API key.
    /// </summary>
    /// <param name="documentId">The <c>document/address</c> id.</param>
    /// <param name="file">The file.</param>
    /// <param name="progress">Receives the bytes uploaded so far.</param>
    /// <param name="requestOptions">Per-call settings (API key; idempotency key of the add-file call).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The file as declared.</returns>
    public virtual async Task<DocumentFile> UploadFileAsync(string documentId, FileUpload file, IProgress<long>? progress = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(documentId);
        Argument.NotNull(file);
        requestOptions?.Validate();
        var prepared = await file.PrepareAsync(nameof(file), cancellationToken).ConfigureAwait(false);
        await using (prepared.ConfigureAwait(false))
        {
            return await AddAndUploadAsync(documentId, prepared, progress, 0, requestOptions, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Uploads every file, then submits the document: all files are validated before any request is sent.
    /// </summary>
    /// <param name="documentId">The <c>document/address</c> id.</param>
    /// <param name="files">The files (at least one, distinct names).</param>
    /// <param name="progress">Receives the total bytes uploaded so far across the files.</param>
    /// <param name="requestOptions">Per-call settings (API key) for every call; an idempotency key is not accepted here (each call needs its own).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The submitted document.</returns>
    public virtual async Task<AddressDocument> UploadAndSubmitAsync(string documentId, IReadOnlyList<FileUpload> files, IProgress<long>? progress = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(documentId);
        Argument.NotNull(files);
        requestOptions?.Validate();
        if (requestOptions?.IdempotencyKey is not null)
        {
            throw new ArgumentException("UploadAndSubmitAsync makes several calls, so one idempotency key cannot cover them; leave RequestOptions.IdempotencyKey unset.", nameof(requestOptions));
        }

        var prepared = await PreparedUploads.PrepareAllAsync(files, nameof(files), cancellationToken).ConfigureAwait(false);
        try
        {
            long offset = 0;
            foreach (var file in prepared)
            {
                await AddAndUploadAsync(documentId, file, progress, offset, requestOptions, cancellationToken).ConfigureAwait(false);
                offset += file.Length;
            }
        }
        finally
        {
            await PreparedUploads.DisposeAllAsync(prepared).ConfigureAwait(false);
        }

        return await SubmitAsync(documentId, requestOptions, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DocumentFile> AddAndUploadAsync(string documentId, PreparedUpload file, IProgress<long>? progress, long offset, RequestOptions? requestOptions, CancellationToken cancellationToken)
    {
        var checksum = await file.ComputeChecksumAsync(cancellationToken).ConfigureAwait(false);
        var added = await AddFileAsync(
            documentId, new DocumentFileCreateOptions(file.FileName, file.ContentType, file.Length) { Checksum = checksum }, requestOptions, cancellationToken).ConfigureAwait(false);
        await PresignedUploader.UploadAsync(Connection, added.RequireUpload(documentId), file, progress, offset, cancellationToken).ConfigureAwait(false);
        return added;
    }

    private Task<Refit.IApiResponse<JsonApiDocument>> SendList(JsonApiPageQuery page, BelticCall call, CancellationToken cancellationToken)
        => Rest<IAddressDocumentsApi>().ListAsync(page, call, cancellationToken);
}
