using System.Globalization;
using System.Text.Json.Nodes;
using Beltic.Testing.Auth;
using Beltic.Testing.Hosting;
using Beltic.Testing.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Beltic.Testing.Kyb;

/// <summary>
/// Screenings (§7, <c>/v1/screenings</c>) of the four documented types, matched by <see cref="ScreeningMatcher"/>.
/// <c>execution_mode: sync</c> answers <c>completed</c> with the result; <c>async</c> (the default) answers
/// <c>pending</c>, and the screening completes the first time it is read back (GET or list). Lists answer with
/// <c>meta.page_info</c>.
/// </summary>
internal sealed class FakeScreenings(IdentityData data) : IFakeArea
{
    private const string Screenings = "/v1/screenings";
    private static readonly string[] Types =
        ["screening/politically-exposed-person", "screening/watchlist", "screening/business-watchlist", "screening/business-adverse-media"];

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost(Screenings, CreateAsync).WithMetadata(new RequiredScope(IdentityScopes.ScreeningsWrite));
        routes.MapGet(Screenings, ListAsync).WithMetadata(new RequiredScope(IdentityScopes.ScreeningsRead));
        routes.MapGet(Screenings + "/{id}", GetAsync).WithMetadata(new RequiredScope(IdentityScopes.ScreeningsRead));
    }

    private async Task CreateAsync(HttpContext context)
    {
        if (await JsonApiBody.ReadAsync(context, Types).ConfigureAwait(false) is not { } body)
        {
            return;
        }

        var (mode, badMode) = body.Text("execution_mode");
        var problem = body.Type is null ? ("/data/type", $"type must be one of {string.Join(", ", Types)}.")
            : badMode || mode is not (null or "sync" or "async") ? ("/data/attributes/execution_mode", "execution_mode must be sync or async.")
            : body.Attributes["query"] is not JsonObject q ? ("/data/attributes/query", "query must be an object.")
            : CheckQuery(body.Type, q);
        if (problem is { } p)
        {
            await JsonApiErrors.InvalidAsync(context, p.Item1, p.Item2).ConfigureAwait(false);
            return;
        }

        var (accountOk, account) = await body.RelatedAsync(context, "account", data.Accounts, required: false, "account").ConfigureAwait(false);
        var (businessOk, business) = accountOk
            ? await body.RelatedAsync(context, "business", data.Businesses, required: false, "business").ConfigureAwait(false)
            : (false, null);
        if (!businessOk)
        {
            return;
        }

        var screening = data.Screenings.New(body.Type!);
        var a = screening.Attributes;
        a["status"] = "pending";
        a["execution_mode"] = mode ?? "async";
        a["query"] = body.Attributes["query"]!.DeepClone();
        a["has_match"] = null;
        a["matched_lists"] = new JsonArray();
        a["errors"] = new JsonArray();
        a["ignore_list"] = new JsonArray();
        a["created_at"] = data.Now;
        a["started_at"] = null;
        a["completed_at"] = null;
        screening.Relate("account", "account", account?.Id);
        screening.Relate("business", "business", business?.Id);
        screening.Pending = true;
        if (mode == "sync")
        {
            Complete(screening);
        }

        data.Screenings.Add(screening);
        await FakeHttp.JsonApiAsync(context, 201, data.Screenings.Json(screening)).ConfigureAwait(false);
    }

    private Task GetAsync(HttpContext context) => FinishOnRead.GetAsync(context, data.Screenings, "The screening", Complete);

    private Task ListAsync(HttpContext context) => FinishOnRead.ListAsync(context, data.State, data.Screenings, PageMetaStyle.PageInfo, Complete);

    private void Complete(StoredResource screening)
    {
        lock (screening.Gate)
        {
            if (!screening.Pending)
            {
                return;
            }

            var lists = ScreeningMatcher.Match(screening.Type, (JsonObject)screening.Attributes["query"]!);
            screening.Attributes["status"] = "completed";
            screening.Attributes["has_match"] = lists.Count > 0;
            screening.Attributes["matched_lists"] = lists;
            screening.Attributes["started_at"] = FakeHttp.Iso(screening.CreatedAt);
            screening.Attributes["completed_at"] = data.Now;
            screening.Pending = false;
        }
    }

    private static (string, string)? CheckQuery(string type, JsonObject query)
    {
        const string at = "/data/attributes/query/";
        if (type.StartsWith("screening/business-", StringComparison.Ordinal))
        {
            if (string.IsNullOrWhiteSpace(StoredResource.Text(query, "name")))
            {
                return (at + "name", "A business is screened by name: query.name is required.");
            }
        }
        else if (string.IsNullOrWhiteSpace(StoredResource.Text(query, "name_first")) && string.IsNullOrWhiteSpace(StoredResource.Text(query, "name_last")))
        {
            return (at + "name_last", "A person is screened by name: query.name_first or query.name_last is required.");
        }

        if (query["country_code"] is not null && StoredResource.Text(query, "country_code") is not { Length: 2 })
        {
            return (at + "country_code", "country_code must be an ISO 3166-1 alpha-2 code.");
        }

        return query["birthdate"] is not null
            && !DateOnly.TryParseExact(StoredResource.Text(query, "birthdate"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? (at + "birthdate", "birthdate must be a date (yyyy-MM-dd).")
            : null;
    }
}
