using System.ComponentModel;

namespace Beltic.Identity;

/// <summary>The 0.1.0-preview signatures (without per-call <see cref="RequestOptions"/>), kept so existing code compiles.</summary>
public partial class SessionsClient
{
    /// <summary>Same as <see cref="GetAsync(string, RequestOptions?, CancellationToken)"/> without per-call options.</summary>
    /// <param name="sessionId">The session id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The session.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Task<Session> GetAsync(string sessionId, CancellationToken cancellationToken)
        => GetAsync(sessionId, null, cancellationToken);

    /// <summary>Same as <see cref="ListAsync(SessionListOptions?, RequestOptions?, CancellationToken)"/> without per-call options.</summary>
    /// <param name="options">Filters and paging.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Task<BelticPage<Session>> ListAsync(SessionListOptions? options, CancellationToken cancellationToken)
        => ListAsync(options, null, cancellationToken);

    /// <summary>Same as <see cref="ListAutoPagingAsync(SessionListOptions?, RequestOptions?, CancellationToken)"/> without per-call options.</summary>
    /// <param name="options">Filters and paging.</param>
    /// <param name="cancellationToken">Cancels enumeration.</param>
    /// <returns>All matching sessions.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public BelticPageable<Session> ListAutoPagingAsync(SessionListOptions? options, CancellationToken cancellationToken)
        => ListAutoPagingAsync(options, null, cancellationToken);
}
