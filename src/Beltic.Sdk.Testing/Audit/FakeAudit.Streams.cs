using System.Text.Json;
using System.Text.Json.Nodes;
using Beltic.Testing.Hosting;
using Microsoft.AspNetCore.Http;

namespace Beltic.Testing.Audit;

/// <summary>
/// Audit streams (<c>/v1/audit/streams</c>): create (§3: absolute http(s) url, 32–256 character secret, optional
/// event_filter), list (undocumented shape; answered as <c>{"streams":[…],"next_cursor":null}</c>, all at once) and
/// delete (204, or 404 for an unknown id; retries in flight stop).
/// </summary>
internal sealed partial class FakeAudit
{
    private const int MinSecretLength = 32;
    private const int MaxSecretLength = 256;

    /// <summary>The streams registered, in creation order.</summary>
    public IReadOnlyList<StoredAuditStream> Streams
    {
        get
        {
            lock (_orderedStreams)
            {
                return _orderedStreams.ToArray();
            }
        }
    }

    private async Task CreateStreamAsync(HttpContext context)
    {
        if (await FakeHttp.ReadObjectAsync(context).ConfigureAwait(false) is not { } body)
        {
            return;
        }

        if (!Uri.TryCreate(Str(body, "url"), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            await ValidationAsync(context, "url", "url is required: an absolute http or https URL.").ConfigureAwait(false);
            return;
        }

        if (Str(body, "secret") is not { Length: >= MinSecretLength and <= MaxSecretLength } secret)
        {
            await ValidationAsync(context, "secret", $"secret is required: a string of {MinSecretLength} to {MaxSecretLength} characters.").ConfigureAwait(false);
            return;
        }

        var filter = new List<string>();
        if (body["event_filter"] is { } list)
        {
            if (list is not JsonArray types)
            {
                await ValidationAsync(context, "event_filter", "event_filter must be an array of event types.").ConfigureAwait(false);
                return;
            }

            foreach (var type in types)
            {
                var name = type is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
                if (name is null || !StreamEventTypes.Contains(name))
                {
                    await ValidationAsync(context, "event_filter", "event_filter entries must be among " + string.Join(", ", StreamEventTypes) + ".").ConfigureAwait(false);
                    return;
                }

                if (!filter.Contains(name))
                {
                    filter.Add(name);
                }
            }
        }

        var stream = new StoredAuditStream { Id = _state.NewId("stream"), Url = url, Secret = secret, EventFilter = filter, CreatedAt = _state.Now };
        _streams[stream.Id] = stream;
        lock (_orderedStreams)
        {
            _orderedStreams.Add(stream);
        }

        await FakeHttp.JsonAsync(context, 201, stream.ToJson()).ConfigureAwait(false);
    }

    private Task ListStreamsAsync(HttpContext context)
        => FakeHttp.JsonAsync(context, 200, new JsonObject
        {
            ["streams"] = new JsonArray(Streams.Select(s => (JsonNode)s.ToJson()).ToArray()),
            ["next_cursor"] = null,
        });

    private async Task DeleteStreamAsync(HttpContext context)
    {
        if (!_streams.TryRemove((string)context.Request.RouteValues["id"]!, out var stream))
        {
            await FakeHttp.ErrorAsync(context, 404, "not_found", "No such audit stream.").ConfigureAwait(false);
            return;
        }

        lock (_orderedStreams)
        {
            _orderedStreams.Remove(stream);
        }

        await stream.Deleted.CancelAsync().ConfigureAwait(false);
        context.Response.StatusCode = 204;
    }
}
