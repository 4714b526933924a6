using Beltic.Http;
using Beltic.Serialization.JsonApi;

namespace Beltic.Identity;

/// <summary>Identity accounts (<c>/v1/identity/accounts</c>). Reached through <see cref="IdentityClient.Accounts"/>.</summary>
public partial class AccountsClient : BelticAreaClient
{
    internal AccountsClient(BelticConnection connection)
        : base(connection, IdentityJsonContext.Serializer)
    {
    }

    /// <summary>For mocking.</summary>
    protected AccountsClient()
    {
    }

    /// <summary>Creates an account (<c>POST /v1/identity/accounts</c>).</summary>
    /// <param name="options">The account's details; set <see cref="AccountCreateOptions.ExternalId"/> to find it again.</param>
    /// <param name="requestOptions">Per-call settings (API key, idempotency key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created account.</returns>
    /// <exception cref="BelticValidationException">The API rejected a field; <see cref="BelticApiException.FieldErrors"/> names it.</exception>
    public virtual Task<Account> CreateAsync(AccountCreateOptions options, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(options);
        var call = Call("identity.accounts.create", requestOptions);
        var body = JsonApiMapper.Request(IdentityResources.Account, options, IdentityJsonContext.Default.AccountCreateOptions);
        return SendResourceAsync<Account>(Rest<IAccountsApi>().CreateAsync(body, call, cancellationToken), cancellationToken);
    }

    /// <summary>Lists one page of accounts (<c>GET /v1/identity/accounts</c>).</summary>
    /// <param name="options">Paging.</param>
    /// <param name="requestOptions">Per-call settings (API key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    public virtual Task<BelticPage<Account>> ListAsync(AccountListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
        => ResourcePageAsync<Account>("identity.accounts.list", options ?? new(), null, requestOptions, SendList, cancellationToken);

    /// <summary>Lists every account, fetching pages lazily as you enumerate. Never mutates <paramref name="options"/>.</summary>
    /// <param name="options">Paging; <see cref="ListOptions.After"/> sets where to start.</param>
    /// <param name="requestOptions">Per-call settings (API key) for every page.</param>
    /// <param name="cancellationToken">Cancels enumeration.</param>
    /// <returns>All accounts across pages.</returns>
    public virtual BelticPageable<Account> ListAutoPagingAsync(AccountListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
        => ResourcePageable<Account>("identity.accounts.list", options ?? new(), requestOptions, SendList, cancellationToken);

    private Task<Refit.IApiResponse<JsonApiDocument>> SendList(JsonApiPageQuery page, BelticCall call, CancellationToken cancellationToken)
        => Rest<IAccountsApi>().ListAsync(page, call, cancellationToken);
}
