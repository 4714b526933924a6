using System.Text.Json;
using Beltic.Http;
using Beltic.Identity;
using Beltic.Serialization.JsonApi;
using Refit;

namespace Beltic.Businesses;

/// <summary>
/// KYB business lookups in company registries (<c>/v1/businesses</c>). Reached through <see cref="BelticClient.Businesses"/>.
/// Thread-safe.
/// </summary>
public class BusinessesClient : BelticAreaClient
{
    /// <summary>
    /// Beltic holds a synchronous lookup open for up to 45 s; one attempt of that call may take this long, so the
    /// client's 30 s attempt timeout cannot cut it short (and retry a lookup that was about to answer).
    /// </summary>
    internal static readonly TimeSpan SyncLookupAttemptTime = TimeSpan.FromSeconds(60);

    internal BusinessesClient(BelticConnection connection)
        : base(connection, BusinessesJsonContext.Serializer)
    {
    }

    /// <summary>For mocking.</summary>
    protected BusinessesClient()
    {
    }

    /// <summary>
    /// Looks a business up in its country's registry (<c>POST /v1/businesses</c>, scope <c>businesses:write</c>).
    /// Synchronous by default: Beltic answers within 45 s with the record (<c>200</c>), or with a record still
    /// processing (<c>201</c>, <see cref="Business.IsProcessing"/>). With <see cref="BusinessCreateOptions.Async"/> it
    /// answers at once; either way <see cref="WaitForCompletionAsync(Business, BusinessWaitOptions?, RequestOptions?, CancellationToken)"/>
    /// finishes the job. The idempotency key is the same on every retry, so a retried lookup is not run (or billed) twice.
    /// </summary>
    /// <param name="options">The country and its registry inputs; the per-country rules are checked before sending.</param>
    /// <param name="requestOptions">Per-call settings (API key, idempotency key, timeout).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The business record, finished or still processing.</returns>
    /// <exception cref="ArgumentException">The country is not two letters, or an input its registry needs is missing (the message names it).</exception>
    /// <exception cref="BelticValidationException">The API rejected an input; <see cref="BelticApiException.FieldErrors"/> names it.</exception>
    public virtual Task<Business> CreateAsync(BusinessCreateOptions options, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(options);
        Argument.NullOrNotWhiteSpace(options.SessionId, "options.SessionId");
        var meta = BusinessCountryRules.Check(options);
        var call = options.Async
            ? Call("businesses.create", requestOptions)
            : BelticCall.Create("businesses.create", requestOptions, SyncLookupAttemptTime);
        var body = JsonApiMapper.Request(
            BusinessesResources.Business,
            JsonApiMapper.Relate(("session", IdentityResources.Session, options.SessionId)),
            JsonSerializer.SerializeToElement(meta, BusinessesJsonContext.Default.BusinessCreateMeta));
        return SendBusinessAsync(Rest<IBusinessesApi>().CreateAsync(body, call, cancellationToken), cancellationToken);
    }

    /// <summary>Gets a business record (<c>GET /v1/businesses/{id}</c>, scope <c>businesses:read</c>).</summary>
    /// <param name="businessId">The business id.</param>
    /// <param name="requestOptions">Per-call settings (API key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record; <see cref="Business.IsProcessing"/> while its lookup runs.</returns>
    /// <exception cref="BelticNotFoundException">No such business.</exception>
    public virtual Task<Business> GetAsync(string businessId, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(businessId);
        var call = Call("businesses.get", requestOptions);
        return SendBusinessAsync(Rest<IBusinessesApi>().GetAsync(businessId, call, cancellationToken), cancellationToken);
    }

    /// <summary>Lists one page of business records (<c>GET /v1/businesses</c>, scope <c>businesses:read</c>).</summary>
    /// <param name="options">Paging.</param>
    /// <param name="requestOptions">Per-call settings (API key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    public virtual Task<BelticPage<Business>> ListAsync(BusinessListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
        => ResourcePageAsync<Business>("businesses.list", options ?? new(), null, requestOptions, SendList, cancellationToken);

    /// <summary>Lists every business record, fetching pages lazily as you enumerate. Never mutates <paramref name="options"/>.</summary>
    /// <param name="options">Paging; <see cref="ListOptions.After"/> sets where to start.</param>
    /// <param name="requestOptions">Per-call settings (API key) for every page.</param>
    /// <param name="cancellationToken">Cancels enumeration.</param>
    /// <returns>All business records across pages.</returns>
    public virtual BelticPageable<Business> ListAutoPagingAsync(BusinessListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
        => ResourcePageable<Business>("businesses.list", options ?? new(), requestOptions, SendList, cancellationToken);

    /// <summary>
    /// Waits for a lookup to finish: returns <paramref name="business"/> at once when it is not processing, else polls
    /// <see cref="GetAsync"/> after <see cref="BusinessWaitOptions.InitialInterval"/>, doubling the interval up to
    /// <see cref="BusinessWaitOptions.MaxInterval"/>, until it is done or <see cref="BusinessWaitOptions.Timeout"/> has passed.
    /// </summary>
    /// <param name="business">The record from <see cref="CreateAsync"/>.</param>
    /// <param name="waitOptions">Intervals and deadline; the defaults poll after 1, 2, 4, 8, 15, 15… s for up to 5 min.</param>
    /// <param name="requestOptions">Per-call settings (API key) for every poll.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The finished record.</returns>
    /// <exception cref="TimeoutException">Still processing at the deadline.</exception>
    public virtual Task<Business> WaitForCompletionAsync(Business business, BusinessWaitOptions? waitOptions = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(business);
        if (!business.IsProcessing)
        {
            return Task.FromResult(business);
        }

        Argument.NotNullOrWhiteSpace(business.Id, "business.Id");
        return WaitAsync(business, business.Id, waitOptions, requestOptions, cancellationToken);
    }

    /// <summary>Polls a lookup by id (the first poll at once) until it is done; see the overload taking a <see cref="Business"/>.</summary>
    /// <param name="businessId">The business id.</param>
    /// <param name="waitOptions">Intervals and deadline.</param>
    /// <param name="requestOptions">Per-call settings (API key) for every poll.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The finished record.</returns>
    /// <exception cref="TimeoutException">Still processing at the deadline.</exception>
    public virtual Task<Business> WaitForCompletionAsync(string businessId, BusinessWaitOptions? waitOptions = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(businessId);
        return WaitAsync(null, businessId, waitOptions, requestOptions, cancellationToken);
    }

    private Task<Business> WaitAsync(Business? current, string businessId, BusinessWaitOptions? waitOptions, RequestOptions? requestOptions, CancellationToken cancellationToken)
    {
        var schedule = (waitOptions ?? new()).Schedule();
        requestOptions?.Validate();
        return Poller.PollAsync(
            current,
            ct => GetAsync(businessId, requestOptions, ct),
            b => !b.IsProcessing,
            schedule,
            Connection.TimeProvider,
            b => new TimeoutException($"The business lookup '{businessId}' (async_status {b.AsyncStatus?.Value ?? "processing"}) was still running when the wait's Timeout ({schedule.Timeout}) ran out. It carries on at Beltic; wait again or read it later."),
            cancellationToken);
    }

    private async Task<Business> SendBusinessAsync(Task<IApiResponse<string>> send, CancellationToken cancellationToken)
    {
        var (body, response) = await SendForTextAsync(send, cancellationToken).ConfigureAwait(false);
        return ReadResource<Business>(ResourceDocumentReader.Read(body, response, BusinessesResources.Business));
    }

    private Task<IApiResponse<JsonApiDocument>> SendList(JsonApiPageQuery page, BelticCall call, CancellationToken cancellationToken)
        => Rest<IBusinessesApi>().ListAsync(page, call, cancellationToken);
}
