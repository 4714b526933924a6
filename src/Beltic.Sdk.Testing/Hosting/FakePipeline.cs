using System.Security.Cryptography;
using Beltic.Testing.Auth;
using Beltic.Testing.Idempotency;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Beltic.Testing.Hosting;

/// <summary>
/// The fake's middleware, in the order a real API gateway would apply it: journal and request id → injected faults →
/// routing → API key and scope → rate limits → idempotency → the endpoint.
/// </summary>
internal sealed class FakePipeline(FakeState state, BelticFakeJournal journal, BelticFakeFaults faults)
{
    private const string DroppedKey = "beltic.fake.dropped";
    private const string ApiKeyItem = "beltic.fake.api_key";
    private readonly IdempotencyStore _idempotency = new(state.Time);
    private readonly FakeRateLimits _limits = new(state.Time);

    public static string? ApiKey(HttpContext context) => context.Items[ApiKeyItem] as string;

    public void Use(WebApplication app)
    {
        app.Use(JournalAsync);
        app.UseRouting();
        app.Use(FaultsAsync);
        app.Use(AuthenticateAsync);
        app.Use(RateLimitAsync);
        app.Use(IdempotencyAsync);
    }

    private async Task JournalAsync(HttpContext context, RequestDelegate next)
    {
        FakeHttp.SetRequestId(context, state.NewRequestId());
        var at = state.Now;
        var body = await FakeHttp.BufferBodyAsync(context).ConfigureAwait(false);
        try
        {
            await next(context).ConfigureAwait(false);
            if (context.GetEndpoint() is null && !context.Response.HasStarted && context.Items[DroppedKey] is null)
            {
                await FakeHttp.ErrorAsync(context, 404, "not_found", $"No route {context.Request.Method} {context.Request.Path}.").ConfigureAwait(false);
            }
        }
        finally
        {
            journal.Record(context, body, context.Items[DroppedKey] is null ? context.Response.StatusCode : 0, at);
        }
    }

    private async Task FaultsAsync(HttpContext context, RequestDelegate next)
    {
        var template = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
        var path = context.Request.Path.Value ?? "/";
        switch (faults.Take(context.Request.Method, path, template))
        {
            case { Kind: FaultKind.Status } f:
                if (f.RetryAfter is { } wait)
                {
                    context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                await FakeHttp.ErrorAsync(context, f.Status, f.Status == 429 ? "rate_limited" : "upstream_error", $"Injected fault: {f.Status}.").ConfigureAwait(false);
                return;
            case { Kind: FaultKind.DropBeforeProcessing }:
                Drop(context);
                return;
            case { Kind: FaultKind.DropAfterProcessing }:
                var original = context.Response.Body;
                context.Response.Body = new MemoryStream(); // the answer is produced, then never sent
                await next(context).ConfigureAwait(false);
                context.Response.Body = original;
                Drop(context);
                return;
            case { Kind: FaultKind.Delay } f:
                await Task.Delay(f.Wait, state.Time, context.RequestAborted).ConfigureAwait(false);
                break;
        }

        await next(context).ConfigureAwait(false);
    }

    private void Drop(HttpContext context)
    {
        context.Items[DroppedKey] = true;
        context.Abort();
    }

    private async Task AuthenticateAsync(HttpContext context, RequestDelegate next)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<RequiredScope>() is not { Scope: { } scope })
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var key = context.Request.Headers["X-Api-Key"].ToString();
        if (key.Length == 0)
        {
            await FakeHttp.ErrorAsync(context, 401, "unauthorized", "The X-Api-Key header is missing.").ConfigureAwait(false);
            return;
        }

        if (!state.Keys.TryGet(key, out var scopes))
        {
            await FakeHttp.ErrorAsync(context, 401, "unauthorized", "The API key is malformed, unknown or revoked.").ConfigureAwait(false);
            return;
        }

        if (!ApiKeyRegistry.Grants(scopes, scope))
        {
            await FakeHttp.ErrorAsync(context, 403, "forbidden", $"The API key lacks the scope {scope}.", requiredScope: scope).ConfigureAwait(false);
            return;
        }

        context.Items[ApiKeyItem] = key;
        await next(context).ConfigureAwait(false);
    }

    private async Task RateLimitAsync(HttpContext context, RequestDelegate next)
    {
        if (state.Options.EnforceRateLimits && ApiKey(context) is { } key)
        {
            var tier = context.GetEndpoint()?.Metadata.GetMetadata<RateTier>() ?? RateTier.Default;
            if (_limits.TryTake(key, tier) is { } wait)
            {
                context.Response.Headers.RetryAfter = ((int)wait.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await FakeHttp.ErrorAsync(context, 429, "rate_limited", $"Rate limit of the {tier.Name} tier ({tier.PerMinute}/min, burst {tier.Burst}) reached.").ConfigureAwait(false);
                return;
            }
        }

        await next(context).ConfigureAwait(false);
    }

    private async Task IdempotencyAsync(HttpContext context, RequestDelegate next)
    {
        var method = context.Request.Method;
        var key = context.Request.Headers["Idempotency-Key"].ToString();
        if (key.Length == 0 || context.GetEndpoint() is null || !(HttpMethods.IsPost(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method)))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var owner = ApiKey(context) ?? "public";
        var fingerprint = $"{method} {context.Request.Path}{context.Request.QueryString} {Convert.ToHexString(SHA256.HashData(FakeHttp.Body(context)))}";
        var (entry, isNew) = _idempotency.Claim(owner, key, fingerprint);
        if (!isNew)
        {
            if (entry.Fingerprint != fingerprint)
            {
                await FakeHttp.ErrorAsync(context, 409, "idempotency_key_conflict", "This Idempotency-Key was used with a different request within 24 h.").ConfigureAwait(false);
                return;
            }

            if (await entry.Completion.Task.WaitAsync(context.RequestAborted).ConfigureAwait(false) is { } stored)
            {
                context.Response.StatusCode = stored.Status;
                context.Response.ContentType = stored.ContentType;
                context.Response.Headers["Idempotent-Replayed"] = "true";
                await context.Response.Body.WriteAsync(stored.Body, context.RequestAborted).ConfigureAwait(false);
                return;
            }

            // The first request failed on the server (5xx): this one executes.
            (entry, _) = _idempotency.Claim(owner, key, fingerprint);
        }

        var original = context.Response.Body;
        using var capture = new MemoryStream();
        context.Response.Body = capture;
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch
        {
            _idempotency.Release(owner, key, entry);
            throw;
        }
        finally
        {
            context.Response.Body = original;
        }

        var body = capture.ToArray();
        if (context.Response.StatusCode >= 500)
        {
            _idempotency.Release(owner, key, entry);
        }
        else
        {
            entry.Completion.TrySetResult(new IdempotencyStore.StoredResponse(context.Response.StatusCode, context.Response.ContentType, body));
        }

        await original.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }
}
