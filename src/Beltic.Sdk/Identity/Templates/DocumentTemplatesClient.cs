using Beltic.Http;
using Beltic.Serialization;
using Beltic.Serialization.JsonApi;

namespace Beltic.Identity;

/// <summary>Document templates (<c>/v1/document-templates</c>). Reached through <see cref="IdentityClient.DocumentTemplates"/>.</summary>
public class DocumentTemplatesClient : BelticAreaClient
{
    internal DocumentTemplatesClient(BelticConnection connection)
        : base(connection)
    {
    }

    /// <summary>For mocking.</summary>
    protected DocumentTemplatesClient()
    {
    }

    /// <summary>Creates a template (<c>POST /v1/document-templates</c>, scope <c>document_templates:write</c>).</summary>
    /// <param name="options">Name, extraction schema and fraud settings.</param>
    /// <param name="requestOptions">Per-call settings (idempotency key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created template.</returns>
    public virtual Task<DocumentTemplate> CreateAsync(DocumentTemplateCreateOptions options, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(options);
        Argument.NotNullOrWhiteSpace(options.Name, "options.Name");
        var key = RequestOptions.ValidatedKey(requestOptions);
        var body = JsonApiMapper.Request(ResourceTypes.DocumentTemplate, options, IdentityJsonContext.Default.DocumentTemplateCreateOptions);
        var c = Connection;
        return c.OneAsync<DocumentTemplate>(
            "Identity.DocumentTemplates.CreateAsync", () => c.Api<IIdentityApi>().CreateDocumentTemplateAsync(body, key, cancellationToken), cancellationToken);
    }

    /// <summary>Changes a template (<c>PATCH /v1/document-templates/{id}</c>); only the members you set are sent.</summary>
    /// <param name="templateId">The template id.</param>
    /// <param name="options">The changes (at least one).</param>
    /// <param name="requestOptions">Per-call settings (idempotency key).</param>
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

        var key = RequestOptions.ValidatedKey(requestOptions);
        var body = JsonApiMapper.Request(ResourceTypes.DocumentTemplate, options, IdentityJsonContext.Default.DocumentTemplateUpdateOptions, id: templateId);
        var c = Connection;
        return c.OneAsync<DocumentTemplate>(
            "Identity.DocumentTemplates.UpdateAsync", () => c.Api<IIdentityApi>().UpdateDocumentTemplateAsync(templateId, body, key, cancellationToken), cancellationToken);
    }

    /// <summary>Gets a template (<c>GET /v1/document-templates/{id}</c>).</summary>
    /// <param name="templateId">The template id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The template.</returns>
    /// <exception cref="BelticNotFoundException">No such template.</exception>
    public virtual Task<DocumentTemplate> GetAsync(string templateId, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(templateId);
        var c = Connection;
        return c.OneAsync<DocumentTemplate>(
            "Identity.DocumentTemplates.GetAsync", () => c.Api<IIdentityApi>().GetDocumentTemplateAsync(templateId, cancellationToken), cancellationToken);
    }

    /// <summary>Lists one page of templates (<c>GET /v1/document-templates</c>).</summary>
    /// <param name="options">Filters and paging.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    public virtual Task<ResourcePage<DocumentTemplate>> ListAsync(DocumentTemplateListOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new DocumentTemplateListOptions();
        var c = Connection;
        return c.PageAsync<DocumentTemplate>(
            "Identity.DocumentTemplates.ListAsync",
            options,
            () => c.Api<IIdentityApi>().ListDocumentTemplatesAsync(
                options.PageSize, options.After, options.Before, options.TotalQuery, options.Status?.Value, ListOptions.BoolQuery(options.IsActive), cancellationToken),
            cancellationToken);
    }

    /// <summary>Lists every matching template, fetching pages lazily. Never mutates <paramref name="options"/>.</summary>
    /// <param name="options">Filters and paging.</param>
    /// <param name="cancellationToken">Cancels enumeration.</param>
    /// <returns>All matching templates.</returns>
    public virtual IAsyncEnumerable<DocumentTemplate> ListAutoPagingAsync(DocumentTemplateListOptions? options = null, CancellationToken cancellationToken = default)
        => JsonApiCalls.AutoPageAsync<DocumentTemplate, DocumentTemplateListOptions>(options ?? new(), ListAsync, cancellationToken);
}
