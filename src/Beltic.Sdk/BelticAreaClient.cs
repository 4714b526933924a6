using Beltic.Http;

namespace Beltic;

/// <summary>
/// Base of the area clients (<c>Credentials</c>, <c>Identity.Accounts</c>, …): they share the connection of the
/// <see cref="BelticClient"/> that created them. Derive from an area client only to mock it.
/// </summary>
public abstract class BelticAreaClient
{
    private readonly BelticConnection? _connection;

    private protected BelticAreaClient(BelticConnection connection) => _connection = connection;

    /// <summary>For mocking: a client without a connection; members you do not override throw.</summary>
    protected BelticAreaClient()
    {
    }

    private protected BelticConnection Connection => _connection
        ?? throw new InvalidOperationException($"This {GetType().Name} was created for mocking and has no connection.");
}
