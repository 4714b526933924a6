using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Beltic.Testing.Auth;
using Beltic.Testing.Hosting;
using Beltic.Testing.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Beltic.Testing.Kyb;

/// <summary>
/// Business lookups (§7, <c>/v1/businesses</c>). The country rules are enforced (US: official_name and address; BR and
/// GB: registration_number; any other country, ZZ included: at least one input) with 422s pointing into
/// <c>meta.search_parameters</c>. <c>async: false</c> answers 200 with the finished record; <c>async: true</c> answers
/// 201 with <c>async_status: processing</c>, and the lookup finishes the first time it is read back (GET or list).
/// The create answer is a bare resource, as in Beltic's example; GET and list are JSON:API documents.
/// </summary>
internal sealed class FakeBusinesses(IdentityData data) : IFakeArea
{
    private const string Businesses = "/v1/businesses";
    private const string At = "/data/meta/search_parameters";
    private readonly ConcurrentDictionary<string, JsonObject> _results = new(StringComparer.Ordinal);

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost(Businesses, CreateAsync).WithMetadata(new RequiredScope(IdentityScopes.BusinessesWrite));
        routes.MapGet(Businesses, ListAsync).WithMetadata(new RequiredScope(IdentityScopes.BusinessesRead));
        routes.MapGet(Businesses + "/{id}", GetAsync).WithMetadata(new RequiredScope(IdentityScopes.BusinessesRead));
    }

    private async Task CreateAsync(HttpContext context)
    {
        if (await JsonApiBody.ReadAsync(context, "business").ConfigureAwait(false) is not { } body)
        {
            return;
        }

        if (body.Meta["search_parameters"] is not JsonObject search)
        {
            await JsonApiErrors.InvalidAsync(context, At, "meta.search_parameters is required.", "blank").ConfigureAwait(false);
            return;
        }

        var input = search["input"] as JsonObject ?? new JsonObject();
        var country = StoredResource.Text(search, "country")?.ToUpperInvariant();
        var problem = Check(search, input, country);
        if (problem is { } p)
        {
            await JsonApiErrors.InvalidAsync(context, p.Pointer, p.Detail).ConfigureAwait(false);
            return;
        }

        var (ok, session) = await body.RelatedAsync(context, "session", data.Sessions, required: false, "session").ConfigureAwait(false);
        if (!ok)
        {
            return;
        }

        var isAsync = search["async"] is JsonValue v && v.GetValue<bool>();
        var business = data.Businesses.New("business");
        var result = BusinessRegistry.Lookup(
            country!, StoredResource.Text(input, "official_name"), StoredResource.Text(input, "registration_number"), StoredResource.Text(input, "address"),
            business.Id[^8..]);
        BusinessRegistry.Fill(business, isAsync ? BusinessRegistry.Processing() : result);
        business.Attributes["created_at"] = data.Now;
        business.Attributes["updated_at"] = data.Now;
        business.Relate("session", "session", session?.Id);
        business.Pending = isAsync;
        if (isAsync)
        {
            _results[business.Id] = result;
        }

        data.Businesses.Add(business);
        await FakeHttp.JsonAsync(context, isAsync ? 201 : 200, data.Businesses.Json(business), "application/vnd.api+json").ConfigureAwait(false);
    }

    private Task GetAsync(HttpContext context) => FinishOnRead.GetAsync(context, data.Businesses, "The business", Complete);

    private Task ListAsync(HttpContext context) => FinishOnRead.ListAsync(context, data.State, data.Businesses, PageMetaStyle.Cursors, Complete);

    private void Complete(StoredResource business)
    {
        lock (business.Gate)
        {
            if (business.Pending && _results.TryRemove(business.Id, out var result))
            {
                BusinessRegistry.Fill(business, result);
                business.Attributes["updated_at"] = data.Now;
                business.Pending = false;
            }
        }
    }

    private static (string Pointer, string Detail)? Check(JsonObject search, JsonObject input, string? country)
    {
        if (country is not { Length: 2 } || !char.IsAsciiLetter(country[0]) || !char.IsAsciiLetter(country[1]))
        {
            return (At + "/country", "country must be an ISO 3166-1 alpha-2 code (ZZ for tests).");
        }

        if (search["async"] is { } a && !(a is JsonValue v && v.TryGetValue<bool>(out _)))
        {
            return (At + "/async", "async must be true or false.");
        }

        foreach (var member in (string[])["official_name", "registration_number", "address"])
        {
            if (input[member] is not null && string.IsNullOrWhiteSpace(StoredResource.Text(input, member)))
            {
                return ($"{At}/input/{member}", $"{member} must be a non-empty string when given.");
            }
        }

        bool Has(string member) => StoredResource.Text(input, member) is not null;
        return country switch
        {
            "US" when !Has("official_name") => (At + "/input/official_name", "A US lookup needs official_name and address."),
            "US" when !Has("address") => (At + "/input/address", "A US lookup needs official_name and address."),
            "BR" or "GB" when !Has("registration_number") => (At + "/input/registration_number", $"A {country} lookup needs registration_number."),
            _ when !Has("official_name") && !Has("registration_number") && !Has("address")
                => (At + "/input", "The lookup needs at least one input: official_name, registration_number or address."),
            _ => null,
        };
    }
}
