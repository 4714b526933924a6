using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Beltic.Testing.Auth;
using Beltic.Testing.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Beltic.Testing.Webhooks;

/// <summary>
/// Webhook configurations for document status changes (§7, §11: <c>/v1/webhooks[/{id}[/resend]]</c>, JSON:API
/// <c>webhook_config</c>): create (the secret is returned only then), list, get, update, delete and resend; and the
/// signed deliveries themselves (<see cref="DocumentStatusChanged"/>).
/// </summary>
internal sealed partial class FakeWebhooks(FakeState state, FakeDeliverer deliverer) : IFakeArea
{
    public const string ResourceTypeName = "webhook_config";
    private const int DefaultPageSize = 15;
    private const int MaxPageSize = 100;

    private readonly ConcurrentDictionary<string, StoredWebhook> _byId = new(StringComparer.Ordinal);
    private readonly List<StoredWebhook> _ordered = [];

    /// <summary>Every webhook configuration, in creation order.</summary>
    public IReadOnlyList<StoredWebhook> All
    {
        get
        {
            lock (_ordered)
            {
                return _ordered.ToArray();
            }
        }
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        deliverer.AttachTo(routes.ServiceProvider);
        routes.MapPost("/v1/webhooks", CreateAsync).WithMetadata(new RequiredScope("webhooks:write"));
        routes.MapGet("/v1/webhooks", ListAsync).WithMetadata(new RequiredScope("webhooks:read"));
        routes.MapGet("/v1/webhooks/{id}", GetAsync).WithMetadata(new RequiredScope("webhooks:read"));
        routes.MapPatch("/v1/webhooks/{id}", UpdateAsync).WithMetadata(new RequiredScope("webhooks:write"));
        routes.MapDelete("/v1/webhooks/{id}", DeleteAsync).WithMetadata(new RequiredScope("webhooks:write"));
        routes.MapPost("/v1/webhooks/{id}/resend", ResendAsync).WithMetadata(new RequiredScope("webhooks:write"));
    }

    private async Task CreateAsync(HttpContext context)
    {
        if (await ReadChangesAsync(context, null).ConfigureAwait(false) is not { } changes)
        {
            return;
        }

        var now = state.Now;
        var webhook = new StoredWebhook
        {
            Id = Guid.NewGuid().ToString(),
            ResourceType = changes.ResourceType ?? "document",
            // 32 random bytes as hex: the HMAC key is these 64 characters' UTF-8 bytes, as the SDK's receiver expects.
            Secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)),
            CreatedAt = now,
            UpdatedAt = now,
            Url = changes.Url!,
            SubscribedStatuses = changes.Statuses ?? WebhookChanges.KnownStatuses,
            IsActive = changes.IsActive ?? true,
        };
        _byId[webhook.Id] = webhook;
        lock (_ordered)
        {
            _ordered.Add(webhook);
        }

        context.Response.Headers.Location = state.Url("/v1/webhooks/" + webhook.Id).AbsoluteUri;
        await FakeHttp.JsonApiAsync(context, 201, webhook.ToJson(state, withSecret: true)).ConfigureAwait(false);
    }

    private async Task ListAsync(HttpContext context)
    {
        var size = DefaultPageSize;
        if (FakeHttp.Query(context, "page[size]") is { } s
            && (!int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < 1 or > MaxPageSize))
        {
            await FakeHttp.JsonApiErrorAsync(context, 400, "invalid_parameter", $"page[size] must be between 1 and {MaxPageSize}.", null).ConfigureAwait(false);
            return;
        }

        var after = FakeHttp.Query(context, "page[after]");
        var before = FakeHttp.Query(context, "page[before]");
        if (Paging.Position(after) is not { } afterPosition || Paging.Position(before) is not { } beforePosition)
        {
            await FakeHttp.JsonApiErrorAsync(context, 400, "invalid_parameter", "page[after] / page[before] is not a cursor this API issued.", null).ConfigureAwait(false);
            return;
        }

        var all = All;
        // A cursor is a position between two items: after it the page starts there, before it the page ends there.
        var start = before is null ? afterPosition : Math.Max(0, beforePosition - size);
        var end = before is null ? Math.Min(all.Count, start + size) : Math.Min(all.Count, beforePosition);
        var page = all.Skip(start).Take(Math.Max(0, end - start)).ToArray();
        var hasNext = end < all.Count;
        var hasPrevious = start > 0;
        var links = new JsonObject { ["self"] = PageLink(size, null, null) };
        if (hasNext)
        {
            links["next"] = PageLink(size, Paging.Cursor(end), null);
        }

        if (hasPrevious)
        {
            links["prev"] = PageLink(size, null, Paging.Cursor(start));
        }

        var meta = new JsonObject
        {
            ["page"] = new JsonObject
            {
                ["cursors"] = new JsonObject { ["start"] = Paging.Cursor(start), ["end"] = Paging.Cursor(end) },
                ["hasNextPage"] = hasNext,
                ["hasPreviousPage"] = hasPrevious,
                ["total"] = all.Count,
            },
        };
        await FakeHttp.JsonApiAsync(context, 200, new JsonArray(page.Select(w => (JsonNode)w.ToJson(state)).ToArray()), meta, links).ConfigureAwait(false);
    }

    private async Task GetAsync(HttpContext context)
    {
        if (await FindAsync(context).ConfigureAwait(false) is { } webhook)
        {
            await FakeHttp.JsonApiAsync(context, 200, webhook.ToJson(state)).ConfigureAwait(false);
        }
    }

    private async Task UpdateAsync(HttpContext context)
    {
        if (await FindAsync(context).ConfigureAwait(false) is not { } webhook
            || await ReadChangesAsync(context, webhook.Id).ConfigureAwait(false) is not { } changes)
        {
            return;
        }

        lock (webhook)
        {
            webhook.Url = changes.Url ?? webhook.Url;
            webhook.SubscribedStatuses = changes.Statuses ?? webhook.SubscribedStatuses;
            webhook.IsActive = changes.IsActive ?? webhook.IsActive;
            webhook.UpdatedAt = state.Now;
        }

        await FakeHttp.JsonApiAsync(context, 200, webhook.ToJson(state)).ConfigureAwait(false);
    }

    private async Task DeleteAsync(HttpContext context)
    {
        if (!_byId.TryRemove((string)context.Request.RouteValues["id"]!, out var webhook))
        {
            await NotFoundAsync(context).ConfigureAwait(false);
            return;
        }

        lock (_ordered)
        {
            _ordered.Remove(webhook);
        }

        // Deliveries stop: retries still waiting give up.
        await webhook.Deleted.CancelAsync().ConfigureAwait(false);
        context.Response.StatusCode = 204;
    }

    private async Task<StoredWebhook?> FindAsync(HttpContext context)
    {
        if (_byId.TryGetValue((string)context.Request.RouteValues["id"]!, out var webhook))
        {
            return webhook;
        }

        await NotFoundAsync(context).ConfigureAwait(false);
        return null;
    }

    private async Task<WebhookChanges?> ReadChangesAsync(HttpContext context, string? id)
    {
        if (await FakeHttp.ReadObjectAsync(context, jsonApi: true).ConfigureAwait(false) is not { } body)
        {
            return null;
        }

        var (changes, problem) = WebhookChanges.Read(body, id);
        if (problem is { } p)
        {
            await FakeHttp.JsonApiErrorAsync(context, p.Status, p.Code, p.Detail, p.Pointer).ConfigureAwait(false);
        }

        return changes;
    }

    private static Task NotFoundAsync(HttpContext context) => FakeHttp.JsonApiErrorAsync(context, 404, "not_found", "No such webhook.", null);

    private string PageLink(int size, string? after, string? before)
    {
        var query = "page%5Bsize%5D=" + size.ToString(CultureInfo.InvariantCulture);
        if (after is not null)
        {
            query += "&page%5Bafter%5D=" + Uri.EscapeDataString(after);
        }

        if (before is not null)
        {
            query += "&page%5Bbefore%5D=" + Uri.EscapeDataString(before);
        }

        return state.Url("/v1/webhooks?" + query).AbsoluteUri;
    }
}
