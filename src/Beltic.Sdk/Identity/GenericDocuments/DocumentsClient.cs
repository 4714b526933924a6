using System.Text.Json;
using Beltic.Http;
using Beltic.Serialization;
using Beltic.Serialization.JsonApi;

namespace Beltic.Identity;

/// <summary>
/// Generic documents processed with a document template (<c>/v1/documents</c>): extracted data and fraud results.
/// Reached through <see cref="IdentityClient.Documents"/>.
/// </summary>
public class DocumentsClient : BelticAreaClient
{
    internal DocumentsClient(BelticConnection connection)
        : base(connection)
    {
    }

    /// <summary>For mocking.</summary>
    protected DocumentsClient()
    {
    }

    /// <summary>
    /// Submits a document for processing (<c>POST /v1/documents</c>, scope <c>documents:write</c>): Beltic downloads the
    /// file from <see cref="DocumentCreateOptions.FileUrl"/> and processes it with the template.
    /// </summary>
    /// <param name="options">The template, file URL and optional session.</param>
    /// <param name="requestOptions">Per-call settings (idempotency key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The document (processing may still be running; poll <see cref="GetAsync"/> or use webhooks).</returns>
    public virtual Task<Document> CreateAsync(DocumentCreateOptions options, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(options);
        Argument.NullOrNotWhiteSpace(options.SessionId, "options.SessionId");

        var key = RequestOptions.ValidatedKey(requestOptions);
        var meta = JsonSerializer.SerializeToElement(
            new DocumentCreateMeta(options.DocumentTemplateId, options.FileUrl.AbsoluteUri), IdentityJsonContext.Default.DocumentCreateMeta);
        var body = JsonApiMapper.Request(ResourceTypes.Document, JsonApiMapper.Relate(("session", ResourceTypes.Session, options.SessionId)), meta);
        var c = Connection;
        return c.OneAsync<Document>("Identity.Documents.CreateAsync", () => c.Api<IIdentityApi>().CreateDocumentAsync(body, key, cancellationToken), cancellationToken);
    }

    /// <summary>Gets a document with its extracted data and fraud result (<c>GET /v1/documents/{id}</c>).</summary>
    /// <param name="documentId">The document id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The document.</returns>
    /// <exception cref="BelticNotFoundException">No such document.</exception>
    public virtual Task<Document> GetAsync(string documentId, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(documentId);
        var c = Connection;
        return c.OneAsync<Document>("Identity.Documents.GetAsync", () => c.Api<IIdentityApi>().GetDocumentAsync(documentId, cancellationToken), cancellationToken);
    }

    /// <summary>Lists one page of documents (<c>GET /v1/documents</c>).</summary>
    /// <param name="options">Paging.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    public virtual Task<ResourcePage<Document>> ListAsync(DocumentListOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new DocumentListOptions();
        var c = Connection;
        return c.PageAsync<Document>(
            "Identity.Documents.ListAsync",
            options,
            () => c.Api<IIdentityApi>().ListDocumentsAsync(options.PageSize, options.After, options.Before, options.TotalQuery, cancellationToken),
            cancellationToken);
    }

    /// <summary>Lists every document, fetching pages lazily. Never mutates <paramref name="options"/>.</summary>
    /// <param name="options">Paging.</param>
    /// <param name="cancellationToken">Cancels enumeration.</param>
    /// <returns>All documents.</returns>
    public virtual IAsyncEnumerable<Document> ListAutoPagingAsync(DocumentListOptions? options = null, CancellationToken cancellationToken = default)
        => JsonApiCalls.AutoPageAsync<Document, DocumentListOptions>(options ?? new(), ListAsync, cancellationToken);
}
