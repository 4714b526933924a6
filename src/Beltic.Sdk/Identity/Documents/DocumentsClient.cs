using System.Text.Json;
using Beltic.Http;
using Beltic.Serialization.JsonApi;

namespace Beltic.Identity;

/// <summary>
/// Generic documents processed with a document template (<c>/v1/documents</c>): extracted data and fraud results.
/// Reached through <see cref="IdentityClient.Documents"/>.
/// </summary>
public partial class DocumentsClient : BelticAreaClient
{
    internal DocumentsClient(BelticConnection connection)
        : base(connection, IdentityJsonContext.Serializer)
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
    /// <param name="requestOptions">Per-call settings (API key, idempotency key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The document (processing may still be running; poll <see cref="GetAsync(string, RequestOptions?, CancellationToken)"/> or use webhooks).</returns>
    public virtual Task<Document> CreateAsync(DocumentCreateOptions options, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(options);
        Argument.NullOrNotWhiteSpace(options.SessionId, "options.SessionId");

        var call = Call("identity.documents.create", requestOptions);
        var meta = JsonSerializer.SerializeToElement(
            new DocumentCreateMeta(options.DocumentTemplateId, options.FileUrl.AbsoluteUri), IdentityJsonContext.Default.DocumentCreateMeta);
        var body = JsonApiMapper.Request(IdentityResources.Document, JsonApiMapper.Relate(("session", IdentityResources.Session, options.SessionId)), meta);
        return SendResourceAsync<Document>(Rest<IDocumentsApi>().CreateAsync(body, call, cancellationToken), cancellationToken);
    }

    /// <summary>Gets a document with its extracted data and fraud result (<c>GET /v1/documents/{id}</c>).</summary>
    /// <param name="documentId">The document id.</param>
    /// <param name="requestOptions">Per-call settings (API key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The document.</returns>
    /// <exception cref="BelticNotFoundException">No such document.</exception>
    public virtual Task<Document> GetAsync(string documentId, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(documentId);
        var call = Call("identity.documents.get", requestOptions);
        return SendResourceAsync<Document>(Rest<IDocumentsApi>().GetAsync(documentId, call, cancellationToken), cancellationToken);
    }

    /// <summary>Lists one page of documents (<c>GET /v1/documents</c>).</summary>
    /// <param name="options">Paging.</param>
    /// <param name="requestOptions">Per-call settings (API key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    public virtual Task<BelticPage<Document>> ListAsync(DocumentListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
        => ResourcePageAsync<Document>("identity.documents.list", options ?? new(), null, requestOptions, SendList, cancellationToken);

    /// <summary>Lists every document, fetching pages lazily. Never mutates <paramref name="options"/>.</summary>
    /// <param name="options">Paging.</param>
    /// <param name="requestOptions">Per-call settings (API key) for every page.</param>
    /// <param name="cancellationToken">Cancels enumeration.</param>
    /// <returns>All documents.</returns>
    public virtual BelticPageable<Document> ListAutoPagingAsync(DocumentListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
        => ResourcePageable<Document>("identity.documents.list", options ?? new(), requestOptions, SendList, cancellationToken);

    private Task<Refit.IApiResponse<JsonApiDocument>> SendList(JsonApiPageQuery page, BelticCall call, CancellationToken cancellationToken)
        => Rest<IDocumentsApi>().ListAsync(page, call, cancellationToken);
}
