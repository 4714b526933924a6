using System.Text.Json;

namespace Beltic.Serialization.JsonApi;

/// <summary>
/// The resource models an area reads from a response's <c>included</c> (the registry areas fill, one per area).
/// A resource whose type no registered model accepts is skipped, never an error.
/// </summary>
internal sealed class IncludedTypes
{
    private readonly List<Func<string, JsonElement, IncludedResources, BelticResource?>> _readers = [];

    public static IncludedTypes None { get; } = new();

    /// <summary>Registers a model: it reads every included resource whose type it accepts.</summary>
    public IncludedTypes Add<T>() where T : BelticResource, IJsonApiResource<T>
    {
        _readers.Add(static (type, resource, included) => T.Accepts(type) ? JsonApiMapper.ReadResource<T>(resource, included, meta: null) : null);
        return this;
    }

    /// <summary>Registers every model of another table (e.g. a KYB area that includes identity accounts).</summary>
    public IncludedTypes AddAll(IncludedTypes other)
    {
        _readers.AddRange(other._readers);
        return this;
    }

    /// <summary>Reads an included resource with the first model that accepts its type; null when none does.</summary>
    public BelticResource? Read(string type, JsonElement resource, IncludedResources included)
    {
        foreach (var read in _readers)
        {
            if (read(type, resource, included) is { } model)
            {
                return model;
            }
        }

        return null;
    }
}
