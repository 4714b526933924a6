using Beltic.Http;
using Beltic.Serialization;
using Beltic.Serialization.JsonApi;

namespace Beltic.Identity;

/// <summary>Identity accounts (<c>/v1/identity/accounts</c>). Reached through <see cref="IdentityClient.Accounts"/>.</summary>
public class AccountsClient : BelticAreaClient
{
    internal AccountsClient(BelticConnection connection)
        : base(connection)
    {
    }

    /// <summary>For mocking.</summary>
    protected AccountsClient()
    {
    }

    /// <summary>Creates an account (<c>POST /v1/identity/accounts</c>).</summary>
    /// <param name="options">The account's details; set <see cref="AccountCreateOptions.ExternalId"/> to find it again.</param>
    /// <param name="requestOptions">Per-call settings (idempotency key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created account.</returns>
    /// <exception cref="BelticValidationException">The API rejected a field; <see cref="BelticApiException.FieldErrors"/> names it.</exception>
    public virtual Task<Account> CreateAsync(AccountCreateOptions options, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(options);
        var key = RequestOptions.ValidatedKey(requestOptions);
        var body = JsonApiMapper.Request(ResourceTypes.Account, options, IdentityJsonContext.Default.AccountCreateOptions);
        var c = Connection;
        return c.OneAsync<Account>("Identity.Accounts.CreateAsync", () => c.Api<IIdentityApi>().CreateAccountAsync(body, key, cancellationToken), cancellationToken);
    }

    /// <summary>Lists one page of accounts (<c>GET /v1/identity/accounts</c>).</summary>
    /// <param name="options">Paging.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    public virtual Task<ResourcePage<Account>> ListAsync(AccountListOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new AccountListOptions();
        var c = Connection;
        return c.PageAsync<Account>(
            "Identity.Accounts.ListAsync",
            options,
            () => c.Api<IIdentityApi>().ListAccountsAsync(options.PageSize, options.After, options.Before, options.TotalQuery, cancellationToken),
            cancellationToken);
    }

    /// <summary>Lists every account, fetching pages lazily as you enumerate. Never mutates <paramref name="options"/>.</summary>
    /// <param name="options">Paging; <see cref="ListOptions.After"/> sets where to start.</param>
    /// <param name="cancellationToken">Cancels enumeration.</param>
    /// <returns>All accounts across pages.</returns>
    public virtual IAsyncEnumerable<Account> ListAutoPagingAsync(AccountListOptions? options = null, CancellationToken cancellationToken = default)
        => JsonApiCalls.AutoPageAsync<Account, AccountListOptions>(options ?? new(), ListAsync, cancellationToken);
}
