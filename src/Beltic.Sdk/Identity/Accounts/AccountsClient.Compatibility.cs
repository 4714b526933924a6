using System.ComponentModel;

namespace Beltic.Identity;

/// <summary>The 0.1.0-preview signatures (without per-call <see cref="RequestOptions"/>), kept so existing code compiles.</summary>
public partial class AccountsClient
{
    /// <summary>Same as <see cref="ListAsync(AccountListOptions?, RequestOptions?, CancellationToken)"/> without per-call options.</summary>
    /// <param name="options">Paging.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Task<BelticPage<Account>> ListAsync(AccountListOptions? options, CancellationToken cancellationToken)
        => ListAsync(options, null, cancellationToken);

    /// <summary>Same as <see cref="ListAutoPagingAsync(AccountListOptions?, RequestOptions?, CancellationToken)"/> without per-call options.</summary>
    /// <param name="options">Paging.</param>
    /// <param name="cancellationToken">Cancels enumeration.</param>
    /// <returns>All accounts.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public BelticPageable<Account> ListAutoPagingAsync(AccountListOptions? options, CancellationToken cancellationToken)
        => ListAutoPagingAsync(options, null, cancellationToken);
}
