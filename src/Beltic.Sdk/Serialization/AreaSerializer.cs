using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Beltic.Serialization.JsonApi;
using Refit;

namespace Beltic.Serialization;

/// <summary>
/// How one API area reads and writes JSON: its own source-generated context (its naming style, its models) combined
/// with the shared envelope types, and — for JSON:API areas — the resource models it can read from <c>included</c>.
/// Each area declares one of these in its folder; nothing here knows any area.
/// </summary>
internal sealed class AreaSerializer
{
    public AreaSerializer(JsonSerializerContext context, IncludedTypes? included = null)
    {
        Options = new JsonSerializerOptions(context.Options)
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(context, BelticJsonContext.Default),
        };
        Options.MakeReadOnly();
        RefitSettings = new RefitSettings(new SystemTextJsonContentSerializer(Options))
        {
            // Bodies as bytes: a Content-Length, and a retry can re-send them.
            RequestBodySerialization = RequestBodySerializationMode.Buffered,
        };
        Included = included ?? IncludedTypes.None;
    }

    /// <summary>The area's options: its context first, then the shared types.</summary>
    public JsonSerializerOptions Options { get; }

    public RefitSettings RefitSettings { get; }

    /// <summary>The resource models this area's responses may include.</summary>
    public IncludedTypes Included { get; }
}
