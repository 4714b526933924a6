using Beltic.Http;
using Beltic.Serialization.JsonApi;
using Beltic.Uploads;

namespace Beltic.Identity;

/// <summary>
/// Government ID documents (<c>/v1/identity/documents/idvs</c>). Use <see cref="CreateAndUploadAsync"/> to create a
/// document and upload its images in one call. Reached through <see cref="IdentityClient.IdvDocuments"/>.
/// </summary>
public class IdvDocumentsClient : BelticAreaClient
{
    internal IdvDocumentsClient(BelticConnection connection)
        : base(connection, IdentityJsonContext.Serializer)
    {
    }

    /// <summary>For mocking.</summary>
    protected IdvDocumentsClient()
    {
    }

    /// <summary>
    /// Creates a <c>document/idv</c> that declares its files (<c>POST /v1/identity/documents/idvs</c>, scopes
    /// <c>documents:write</c> and <c>verifications:write</c>). The answer carries a presigned upload URL per file in
    /// <see cref="IdvDocument.Uploads"/>; upload the bytes there, or use <see cref="CreateAndUploadAsync"/> instead.
    /// </summary>
    /// <param name="options">The file names and optional session.</param>
    /// <param name="requestOptions">Per-call settings (API key, idempotency key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The document, status <c>pending</c>, with its upload URLs.</returns>
    public virtual Task<IdvDocument> CreateAsync(IdvDocumentCreateOptions options, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(options);
        if (options.FileNames is not { Count: > 0 } names)
        {
            throw new ArgumentException("Declare at least one file name (two for a two-sided ID).", nameof(options));
        }

        foreach (var name in names)
        {
            Argument.NotNullOrWhiteSpace(name, "options.FileNames");
        }

        if (names.Distinct(StringComparer.Ordinal).Count() != names.Count)
        {
            throw new ArgumentException("Each declared file needs its own name.", nameof(options));
        }

        Argument.NullOrNotWhiteSpace(options.SessionId, "options.SessionId");

        var call = Call("identity.idv_documents.create", requestOptions);
        var body = JsonApiMapper.Request(
            IdentityResources.IdvDocument,
            new IdvDocumentAttributes(names.Select(n => new FileNameAttribute(n)).ToArray()),
            IdentityJsonContext.Default.IdvDocumentAttributes,
            JsonApiMapper.Relate(("session", IdentityResources.Session, options.SessionId)));
        return SendResourceAsync<IdvDocument>(Rest<IIdvDocumentsApi>().CreateAsync(body, call, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Creates a <c>document/idv</c> and uploads its images: validates both files (not empty; PDF, JPEG, PNG, WEBP,
    /// TIFF or HEIC/HEIF) before any request, creates the document declaring them, then PUTs each file's bytes to its
    /// presigned URL without the Beltic API key. A standalone document is then processed automatically.
    /// </summary>
    /// <param name="options">Front, optional back, session and progress handler.</param>
    /// <param name="requestOptions">Per-call settings (API key; idempotency key of the create call).</param>
    /// <param name="cancellationToken">Cancels the call, including an upload in flight.</param>
    /// <returns>The document as created (its files were <c>pending_upload</c> when the server answered).</returns>
    public virtual async Task<IdvDocument> CreateAndUploadAsync(IdvDocumentUploadOptions options, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(options);
        FileUpload[] files = options.Back is null ? [options.Front] : [options.Front, options.Back];
        requestOptions?.Validate();
        var prepared = await PreparedUploads.PrepareAllAsync(files, nameof(options), cancellationToken).ConfigureAwait(false);
        try
        {
            var document = await CreateAsync(
                new IdvDocumentCreateOptions { FileNames = prepared.Select(p => p.FileName).ToArray(), SessionId = options.SessionId },
                requestOptions,
                cancellationToken).ConfigureAwait(false);

            long offset = 0;
            for (var i = 0; i < prepared.Length; i++)
            {
                var target = document.UploadFor(prepared[i].FileName, i, prepared.Length);
                await PresignedUploader.UploadAsync(Connection, target, prepared[i], options.ProgressHandler, offset, cancellationToken).ConfigureAwait(false);
                offset += prepared[i].Length;
            }

            return document;
        }
        finally
        {
            await PreparedUploads.DisposeAllAsync(prepared).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Declares one more file on a document (<c>POST /v1/identity/documents/idvs/{id}/files</c>) and returns it with its
    /// presigned upload URL in <see cref="DocumentFile.Upload"/>.
    /// </summary>
    /// <param name="documentId">The <c>document/idv</c> id.</param>
    /// <param name="file">Name, type and size of the file.</param>
    /// <param name="requestOptions">Per-call settings (API key, idempotency key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The declared file.</returns>
    public virtual async Task<DocumentFile> AddFileAsync(string documentId, DocumentFileCreateOptions file, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(documentId);
        Argument.NotNull(file);
        var call = Call("identity.idv_documents.add_file", requestOptions);
        var body = file.ToRequest(IdentityResources.IdvDocument);
        var document = await SendAsync(Rest<IIdvDocumentsApi>().AddFileAsync(documentId, body, call, cancellationToken), cancellationToken).ConfigureAwait(false);

        // The guide does not show this answer: it may be the new file ("file") or the document ("document/idv").
        if (JsonApiMapper.Text(document.Data, "type") != IdentityResources.IdvDocument)
        {
            return ReadResource<DocumentFile>(document);
        }

        var idv = ReadResource<IdvDocument>(document);
        var declared = idv.Files.LastOrDefault(f => f.Filename == file.FileName);
        var added = new DocumentFile
        {
            Filename = file.FileName,
            ContentType = declared?.ContentType ?? file.ContentType,
            ByteSize = declared?.ByteSize ?? file.ByteSize,
            Status = declared?.Status ?? FileStatus.PendingUpload,
            Checksum = declared?.Checksum ?? file.Checksum,
            Url = declared?.Url,
        };
        added.Id = declared?.Id ?? idv.Uploads.LastOrDefault()?.FileId ?? string.Empty;
        added.ResourceType = IdentityResources.File;
        added.Meta = idv.Meta;
        added.RawResponse = idv.RawResponse;
        return added;
    }

    /// <summary>
    /// Adds a file to an existing document and uploads its bytes: validates the file, declares it, then PUTs it to the
    /// presigned URL without the Beltic API key.
    /// </summary>
    /// <param name="documentId">The <c>document/idv</c> id.</param>
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
            var added = await AddFileAsync(documentId, new DocumentFileCreateOptions(prepared.FileName, prepared.ContentType, prepared.Length), requestOptions, cancellationToken).ConfigureAwait(false);
            await PresignedUploader.UploadAsync(Connection, added.RequireUpload(documentId), prepared, progress, 0, cancellationToken).ConfigureAwait(false);
            return added;
        }
    }
}
