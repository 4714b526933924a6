using Beltic.Testing.Hosting;

namespace Beltic.Testing.Identity;

/// <summary>
/// The resources of one collection, by id and in creation order. Thread-safe. <paramref name="selfLinks"/> says whether
/// the collection has a GET-by-id route its resources' <c>links.self</c> may point at.
/// </summary>
internal sealed class ResourceStore(FakeState state, string idPrefix, string collectionPath, bool selfLinks)
{
    private static long _sequence;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, StoredResource> _byId = new(StringComparer.Ordinal);

    /// <summary>Where the collection lives, e.g. <c>/v1/identity/accounts</c> (for <c>links.self</c>).</summary>
    public string CollectionPath { get; } = collectionPath;

    /// <summary>
    /// A new resource with a fresh id, not yet visible: fill it in, then <see cref="Add"/> it, so no reader ever sees
    /// a half-built one.
    /// </summary>
    public StoredResource New(string type)
        => new(type, state.NewId(idPrefix), Interlocked.Increment(ref _sequence), state.Now);

    public StoredResource Add(StoredResource resource)
    {
        lock (_gate)
        {
            _byId.Add(resource.Id, resource);
        }

        return resource;
    }

    public StoredResource? Find(string? id)
    {
        if (id is null)
        {
            return null;
        }

        lock (_gate)
        {
            return _byId.GetValueOrDefault(id);
        }
    }

    /// <summary>Every resource, oldest first.</summary>
    public StoredResource[] Snapshot()
    {
        lock (_gate)
        {
            return _byId.Values.OrderBy(r => r.Sequence).ToArray();
        }
    }

    public System.Text.Json.Nodes.JsonObject Json(StoredResource resource) => resource.ToJson(state, selfLinks ? CollectionPath : null);
}
