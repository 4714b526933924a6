using System.Collections;

namespace Beltic;

/// <summary>
/// The related resources a response included, typed where the SDK knows the type (unknown types are skipped).
/// Shared by every resource of one response; compares by reference and prints only its count, so models that hold
/// it stay cheap to compare and print.
/// </summary>
public sealed class IncludedResources : IReadOnlyList<BelticResource>
{
    private readonly List<BelticResource> _items;

    internal IncludedResources(List<BelticResource> items) => _items = items;

    /// <summary>No included resources.</summary>
    public static IncludedResources Empty { get; } = new([]);

    /// <inheritdoc />
    public int Count => _items.Count;

    /// <inheritdoc />
    public BelticResource this[int index] => _items[index];

    /// <summary>Finds an included resource by id, or null when the server did not include it.</summary>
    /// <typeparam name="T">The model type, e.g. <c>Account</c>.</typeparam>
    /// <param name="id">The id (e.g. a related id such as <c>Session.AccountId</c>); null gives null.</param>
    /// <returns>The resource, or null.</returns>
    public T? Find<T>(string? id) where T : BelticResource
        => id is null ? null : _items.OfType<T>().FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal));

    /// <inheritdoc />
    public IEnumerator<BelticResource> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Prints the count only (the resources may refer back to their holder).</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Count} included resource(s)";
}
