using Beltic.Http;
using Beltic.Serialization.JsonApi;

namespace Beltic.Webhooks;

/// <summary>
/// Webhooks for document status changes (<c>/v1/webhooks</c>, JSON:API <c>webhook_config</c>): create, list, get,
/// update, delete and resend. Verify the deliveries you receive with <see cref="WebhookReceiver"/>. Reached through
/// <see cref="BelticClient.Webhooks"/>. Thread-safe.
/// </summary>
public class WebhooksClient : BelticAreaClient
{
    internal WebhooksClient(BelticConnection connection)
        : base(connection, WebhooksJsonContext.Serializer)
    {
    }

    /// <summary>For mocking.</summary>
    protected WebhooksClient()
    {
    }

    /// <summary>
    /// Creates a webhook (<c>POST /v1/webhooks</c>, scope <c>webhooks:write</c>). The answer carries the signing
    /// secret, which Beltic returns only this once: store <see cref="CreatedWebhook.Secret"/> now.
    /// </summary>
    /// <param name="options">The URL (checked: absolute https, http only for loopback) and the statuses to deliver.</param>
    /// <param name="requestOptions">Per-call settings (API key, idempotency key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The webhook and its secret.</returns>
    public virtual async Task<CreatedWebhook> CreateAsync(WebhookCreateOptions options, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(options);
        var body = JsonApiMapper.Request(WebhookResources.WebhookConfig, options.ToAttributes(), WebhooksJsonContext.Default.WebhookAttributes);
        var call = Call("webhooks.create", requestOptions);
        var document = await SendAsync(Rest<IWebhooksApi>().CreateAsync(body, call, cancellationToken), cancellationToken).ConfigureAwait(false);
        var (secret, redacted) = WebhookSecretReader.Extract(document);
        return new CreatedWebhook { Webhook = ReadResource<Webhook>(redacted), Secret = secret, RawResponse = document.RawResponse };
    }

    /// <summary>Lists one page of webhooks (<c>GET /v1/webhooks</c>, scope <c>webhooks:read</c>).</summary>
    /// <param name="options">Paging.</param>
    /// <param name="requestOptions">Per-call settings (API key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    public virtual Task<BelticPage<Webhook>> ListAsync(WebhookListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
        => ResourcePageAsync<Webhook>("webhooks.list", options ?? new(), null, requestOptions, SendList, cancellationToken);

    /// <summary>Lists every webhook, fetching pages lazily as you enumerate. Never mutates <paramref name="options"/>.</summary>
    /// <param name="options">Paging; <see cref="ListOptions.After"/> sets where to start.</param>
    /// <param name="requestOptions">Per-call settings (API key) for every page.</param>
    /// <param name="cancellationToken">Cancels enumeration.</param>
    /// <returns>All webhooks across pages.</returns>
    public virtual BelticPageable<Webhook> ListAutoPagingAsync(WebhookListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
        => ResourcePageable<Webhook>("webhooks.list", options ?? new(), requestOptions, SendList, cancellationToken);

    /// <summary>Gets a webhook (<c>GET /v1/webhooks/{id}</c>); the secret is not included, only its prefix.</summary>
    /// <param name="webhookId">The webhook id.</param>
    /// <param name="requestOptions">Per-call settings (API key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The webhook.</returns>
    /// <exception cref="BelticNotFoundException">No such webhook.</exception>
    public virtual Task<Webhook> GetAsync(string webhookId, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(webhookId);
        var call = Call("webhooks.get", requestOptions);
        return SendResourceAsync<Webhook>(Rest<IWebhooksApi>().GetAsync(webhookId, call, cancellationToken), cancellationToken);
    }

    /// <summary>Changes a webhook (<c>PATCH /v1/webhooks/{id}</c>); only the members you set are sent.</summary>
    /// <param name="webhookId">The webhook id.</param>
    /// <param name="options">The changes (at least one).</param>
    /// <param name="requestOptions">Per-call settings (API key, idempotency key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated webhook.</returns>
    public virtual Task<Webhook> UpdateAsync(string webhookId, WebhookUpdateOptions options, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(webhookId);
        Argument.NotNull(options);
        var body = JsonApiMapper.Request(WebhookResources.WebhookConfig, options.ToAttributes(), WebhooksJsonContext.Default.WebhookAttributes, id: webhookId);
        var call = Call("webhooks.update", requestOptions);
        return SendResourceAsync<Webhook>(Rest<IWebhooksApi>().UpdateAsync(webhookId, body, call, cancellationToken), cancellationToken);
    }

    /// <summary>Deletes a webhook (<c>DELETE /v1/webhooks/{id}</c>); deliveries stop.</summary>
    /// <param name="webhookId">The webhook id.</param>
    /// <param name="requestOptions">Per-call settings (API key, idempotency key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The HTTP facts of the response (its body is undocumented and not read).</returns>
    public virtual Task<BelticResponse> DeleteAsync(string webhookId, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(webhookId);
        var call = Call("webhooks.delete", requestOptions);
        return SendAsync(Rest<IWebhooksApi>().DeleteAsync(webhookId, call, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Asks Beltic to deliver a webhook's failed deliveries again (<c>POST /v1/webhooks/{id}/resend</c>) — after five
    /// failed attempts a delivery waits in a dead-letter queue until you do.
    /// </summary>
    /// <param name="webhookId">The webhook id.</param>
    /// <param name="requestOptions">Per-call settings (API key, idempotency key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The HTTP facts of the response (its body is undocumented and not read).</returns>
    public virtual Task<BelticResponse> ResendAsync(string webhookId, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(webhookId);
        var call = Call("webhooks.resend", requestOptions);
        return SendAsync(Rest<IWebhooksApi>().ResendAsync(webhookId, call, cancellationToken), cancellationToken);
    }

    private Task<Refit.IApiResponse<JsonApiDocument>> SendList(JsonApiPageQuery page, BelticCall call, CancellationToken cancellationToken)
        => Rest<IWebhooksApi>().ListAsync(page, call, cancellationToken);
}
