using Beltic.Http;
using Beltic.Serialization.JsonApi;

namespace Beltic.Identity;

/// <summary>Document templates (<c>/v1/document-templates</c>). Reached through <see cref="IdentityClient.DocumentTemplates"/>.</summary>
public partial class DocumentTemplatesClient : BelticAreaClient
{
    internal DocumentTemplatesClient(BelticConnection connection)
        : base(connection, IdentityJsonContext.Serializer)
    {
    }

    /// <summary>For mocking.</summary>
    protected DocumentTemplatesClient()
    {
    }

    /// <summary>Creates a template (<c>POST /v1/document-templates</c>, scope <c>document_templates:write</c>).</summary>
    /// <param name="options">Name, extraction schema and fraud settings.</param>
    /// <param name="requestOptions">Per-call settings (API key, idempotency key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created template.</returns>
    public virtual Task<DocumentTemplate> CreateAsync(DocumentTemplateCreateOptions options, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(options);
        Argument.NotNullOrWhiteSpace(options.Name, "options.Name");
        var call = Call("identity.document_templates.create", requestOptions);
        var body = JsonApiMapper.Request(IdentityResources.DocumentTemplate, options, IdentityJsonContext.Default.DocumentTemplateCreateOptions);
        return SendResourceAsync<DocumentTemplate>(Rest<IDocumentTemplatesApi>().CreateAsync(body, call, cancellationToken), cancellationToken);
    }

    /// <summary>Changes a template (<c>PATCH /v1/document-templates/{id}</c>); only the members you set are sent.</summary>
    /// <param name="templateId">The template id.</param>
    /// <param name="options">The changes (at least one).</param>
    /// <param name="requestOptions">Per-call settings (API key, idempotency key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated template.</returns>
    public virtual Task<DocumentTemplate> UpdateAsync(string templateId, DocumentTemplateUpdateOptions options, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(templateId);
        Argument.NotNull(options);
        if (options.IsEmpty)
        {
            throw new ArgumentException("The update sets nothing; set at least one member of DocumentTemplateUpdateOptions.", nameof(options));
        }

        var call = Call("identity.document_templates.update", requestOptions);
        var body = JsonApiMapper.Request(IdentityResources.DocumentTemplate, options, IdentityJsonContext.Default.DocumentTemplateUpdateOptions, id: templateId);
        return SendResourceAsync<DocumentTemplate>(Rest<IDocumentTemplatesApi>().UpdateAsync(templateId, body, call, cancellationToken), cancellationToken);
    }

    /// <summary>Gets a template (<c>GET /v1/document-templates/{id}</c>).</summary>
    /// <param name="templateId">The template id.</param>
    /// <param name="requestOptions">Per-call settings (API key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The template.</returns>
    /// <exception cref="BelticNotFoundException">No such template.</exception>
    public virtual Task<DocumentTemplate> GetAsync(string templateId, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(templateId);
        var call = Call("identity.document_templates.get", requestOptions);
        return SendResourceAsync<DocumentTemplate>(Rest<IDocumentTemplatesApi>().GetAsync(templateId, call, cancellationToken), cancellationToken);
    }

    /// <summary>Lists one page of templates (<c>GET /v1/document-templates</c>).</summary>
    /// <param name="options">Filters and paging.</param>
    /// <param name="requestOptions">Per-call settings (API key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    public virtual Task<BelticPage<DocumentTemplate>> ListAsync(DocumentTemplateListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        options ??= new();
        return ResourcePageAsync<DocumentTemplate>("identity.document_templates.list", options, null, requestOptions, ListWith(options), cancellationToken);
    }

    /// <summary>Lists every matching template, fetching pages lazily. Never mutates <paramref name="options"/>.</summary>
    /// <param name="options">Filters and paging.</param>
    /// <param name="requestOptions">Per-call settings (API key) for every page.</param>
    /// <param name="cancellationToken">Cancels enumeration.</param>
    /// <returns>All matching templates.</returns>
    public virtual BelticPageable<DocumentTemplate> ListAutoPagingAsync(DocumentTemplateListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        options ??= new();
        return ResourcePageable<DocumentTemplate>("identity.document_templates.list", options, requestOptions, ListWith(options), cancellationToken);
    }

    private ListCall ListWith(DocumentTemplateListOptions o)
        => (page, call, ct) => Rest<IDocumentTemplatesApi>().ListAsync(page, o.Status?.Value, ListOptions.BoolQuery(o.IsActive), call, ct);
}
