using System.Text.Json;

namespace Beltic.Serialization.JsonApi;

/// <summary>
/// A JSON:API response document as received. Members stay raw (<see cref="JsonValueKind.Undefined"/> when absent)
/// so <see cref="JsonApiMapper"/> can read data that is an object, an array or null.
/// </summary>
internal sealed record JsonApiDocument : BelticObject
{
    public JsonElement Data { get; set; }

    public JsonElement Included { get; set; }

    public JsonElement Meta { get; set; }

    public JsonElement Links { get; set; }
}
