using Beltic.Businesses;
using Beltic.Http;
using Beltic.Identity;
using Beltic.Serialization.JsonApi;
using Refit;

namespace Beltic.Screenings;

/// <summary>
/// PEP, watchlist and adverse-media screenings of people and businesses (<c>/v1/screenings</c>). Reached through
/// <see cref="BelticClient.Screenings"/>. Thread-safe.
/// </summary>
public class ScreeningsClient : BelticAreaClient
{
    /// <summary>
    /// Beltic holds a synchronous screening open for up to 55 s; one attempt of that call may take this long, so the
    /// client's 30 s attempt timeout cannot cut it short (and retry a screening that was about to answer).
    /// </summary>
    internal static readonly TimeSpan SyncScreeningAttemptTime = TimeSpan.FromSeconds(75);

    internal ScreeningsClient(BelticConnection connection)
        : base(connection, ScreeningsJsonContext.Serializer)
    {
    }

    /// <summary>For mocking.</summary>
    protected ScreeningsClient()
    {
    }

    /// <summary>
    /// Starts a screening (<c>POST /v1/screenings</c>, scope <c>screenings:write</c>). Asynchronous by default: the answer
    /// is <see cref="ScreeningStatus.Pending"/>; wait with <see cref="WaitForCompletionAsync(Screening, ScreeningWaitOptions?, RequestOptions?, CancellationToken)"/>.
    /// With <see cref="ScreeningExecutionMode.Sync"/> the answer carries the result. The idempotency key is the same on
    /// every retry, so a retried screening is not run (or billed) twice.
    /// </summary>
    /// <param name="options">The kind of screening and its query.</param>
    /// <param name="requestOptions">Per-call settings (API key, idempotency key, timeout).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The screening, pending or finished.</returns>
    /// <exception cref="BelticValidationException">The API rejected the query; <see cref="BelticApiException.FieldErrors"/> names the member.</exception>
    public virtual Task<Screening> CreateAsync(ScreeningCreateOptions options, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(options);
        Argument.NullOrNotWhiteSpace(options.AccountId, "options.AccountId");
        Argument.NullOrNotWhiteSpace(options.BusinessId, "options.BusinessId");
        var call = options.ExecutionMode == ScreeningExecutionMode.Sync
            ? BelticCall.Create("screenings.create", requestOptions, SyncScreeningAttemptTime)
            : Call("screenings.create", requestOptions);
        var body = JsonApiMapper.Request(
            options.Type.Value,
            new ScreeningCreateAttributes(options.ExecutionMode, options.Query),
            ScreeningsJsonContext.Default.ScreeningCreateAttributes,
            JsonApiMapper.Relate(
                ("account", IdentityResources.Account, options.AccountId),
                ("business", BusinessesResources.Business, options.BusinessId)));
        return SendResourceAsync<Screening>(Rest<IScreeningsApi>().CreateAsync(body, call, cancellationToken), cancellationToken);
    }

    /// <summary>Gets a screening with its matches (<c>GET /v1/screenings/{id}</c>, scope <c>screenings:read</c>).</summary>
    /// <param name="screeningId">The screening id.</param>
    /// <param name="requestOptions">Per-call settings (API key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The screening.</returns>
    /// <exception cref="BelticNotFoundException">No such screening.</exception>
    public virtual Task<Screening> GetAsync(string screeningId, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(screeningId);
        var call = Call("screenings.get", requestOptions);
        return SendResourceAsync<Screening>(Rest<IScreeningsApi>().GetAsync(screeningId, call, cancellationToken), cancellationToken);
    }

    /// <summary>Lists one page of screenings (<c>GET /v1/screenings</c>, scope <c>screenings:read</c>).</summary>
    /// <param name="options">Paging.</param>
    /// <param name="requestOptions">Per-call settings (API key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page (read from <c>meta.page_info</c>).</returns>
    public virtual Task<BelticPage<Screening>> ListAsync(ScreeningListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
        => ResourcePageAsync<Screening>("screenings.list", options ?? new(), null, requestOptions, SendList, cancellationToken);

    /// <summary>Lists every screening, fetching pages lazily as you enumerate. Never mutates <paramref name="options"/>.</summary>
    /// <param name="options">Paging; <see cref="ListOptions.After"/> sets where to start.</param>
    /// <param name="requestOptions">Per-call settings (API key) for every page.</param>
    /// <param name="cancellationToken">Cancels enumeration.</param>
    /// <returns>All screenings across pages.</returns>
    public virtual BelticPageable<Screening> ListAutoPagingAsync(ScreeningListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
        => ResourcePageable<Screening>("screenings.list", options ?? new(), requestOptions, SendList, cancellationToken);

    /// <summary>
    /// Waits for a screening to finish: returns <paramref name="screening"/> at once when it is not pending, else polls
    /// <see cref="GetAsync"/> after <see cref="ScreeningWaitOptions.InitialInterval"/>, doubling the interval up to
    /// <see cref="ScreeningWaitOptions.MaxInterval"/>, until it is done or <see cref="ScreeningWaitOptions.Timeout"/> has passed.
    /// </summary>
    /// <param name="screening">The screening from <see cref="CreateAsync"/>.</param>
    /// <param name="waitOptions">Intervals and deadline; the defaults poll after 1, 2, 4, 8, 15, 15… s for up to 5 min.</param>
    /// <param name="requestOptions">Per-call settings (API key) for every poll.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The finished screening.</returns>
    /// <exception cref="TimeoutException">Still pending at the deadline.</exception>
    public virtual Task<Screening> WaitForCompletionAsync(Screening screening, ScreeningWaitOptions? waitOptions = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(screening);
        if (!screening.IsPending)
        {
            return Task.FromResult(screening);
        }

        Argument.NotNullOrWhiteSpace(screening.Id, "screening.Id");
        return WaitAsync(screening, screening.Id, waitOptions, requestOptions, cancellationToken);
    }

    /// <summary>Polls a screening by id (the first poll at once) until it is done; see the overload taking a <see cref="Screening"/>.</summary>
    /// <param name="screeningId">The screening id.</param>
    /// <param name="waitOptions">Intervals and deadline.</param>
    /// <param name="requestOptions">Per-call settings (API key) for every poll.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The finished screening.</returns>
    /// <exception cref="TimeoutException">Still pending at the deadline.</exception>
    public virtual Task<Screening> WaitForCompletionAsync(string screeningId, ScreeningWaitOptions? waitOptions = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(screeningId);
        return WaitAsync(null, screeningId, waitOptions, requestOptions, cancellationToken);
    }

    private Task<Screening> WaitAsync(Screening? current, string screeningId, ScreeningWaitOptions? waitOptions, RequestOptions? requestOptions, CancellationToken cancellationToken)
    {
        var schedule = (waitOptions ?? new()).Schedule();
        requestOptions?.Validate();
        return Poller.PollAsync(
            current,
            ct => GetAsync(screeningId, requestOptions, ct),
            s => !s.IsPending,
            schedule,
            Connection.TimeProvider,
            s => new TimeoutException($"The screening '{screeningId}' (status {s.Status?.Value ?? "unknown"}) was still running when the wait's Timeout ({schedule.Timeout}) ran out. It carries on at Beltic; wait again or read it later."),
            cancellationToken);
    }

    private Task<IApiResponse<JsonApiDocument>> SendList(JsonApiPageQuery page, BelticCall call, CancellationToken cancellationToken)
        => Rest<IScreeningsApi>().ListAsync(page, call, cancellationToken);
}
