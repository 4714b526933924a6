using System.Text.Json.Nodes;
using Beltic.Testing.Auth;
using Beltic.Testing.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Beltic.Testing.Identity;

/// <summary>
/// The Identity API (§6) in JSON:API: accounts, sessions, <c>document/idv</c> and <c>document/address</c> with uploads
/// to the fake's presigned URLs, and synchronous verifications that move the session on.
/// </summary>
internal sealed partial class FakeIdentity : IFakeArea
{
    private const string Accounts = "/v1/identity/accounts";
    private const string Sessions = "/v1/identity/sessions";
    private static readonly string[] AccountObjects = ["person", "business", "contact", "address"];
    private readonly IdentityData _data;
    private readonly Lock _externalIdsGate = new();
    private readonly HashSet<string> _externalIds = new(StringComparer.Ordinal);

    public FakeIdentity(IdentityData data)
    {
        _data = data;
        data.Uploads.Uploaded += OnUploaded;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost(Accounts, CreateAccountAsync).WithMetadata(new RequiredScope(IdentityScopes.IdentityWrite));
        routes.MapGet(Accounts, ListAccountsAsync).WithMetadata(new RequiredScope(IdentityScopes.IdentityRead));
        routes.MapPost(Sessions, CreateSessionAsync).WithMetadata(new RequiredScope(IdentityScopes.IdentityWrite));
        routes.MapGet(Sessions, ListSessionsAsync).WithMetadata(new RequiredScope(IdentityScopes.IdentityRead));
        routes.MapGet(Sessions + "/{id}", GetSessionAsync).WithMetadata(new RequiredScope(IdentityScopes.IdentityRead));
        MapDocuments(routes);
        MapVerifications(routes);
    }

    private async Task CreateAccountAsync(HttpContext context)
    {
        if (await JsonApiBody.ReadAsync(context, "account").ConfigureAwait(false) is not { } body)
        {
            return;
        }

        var (externalId, badId) = body.Text("external_id");
        var (entityType, badType) = body.Text("entity_type");
        var problem = badId || externalId is { Length: 0 } ? ("/data/attributes/external_id", "external_id must be a non-empty string.")
            : badType || entityType is not (null or "person" or "business") ? ("/data/attributes/entity_type", "entity_type must be person or business.")
            : CheckAccountMembers(body.Attributes);
        if (problem is { } p)
        {
            await JsonApiErrors.InvalidAsync(context, p.Item1, p.Item2).ConfigureAwait(false);
            return;
        }

        var account = _data.Accounts.New("account");
        var a = account.Attributes;
        a["external_id"] = externalId;
        a["entity_type"] = entityType ?? "person";
        a["status"] = "pending";
        foreach (var name in AccountObjects)
        {
            a[name] = body.Attributes[name]?.DeepClone();
        }

        a["identity_numbers"] = new JsonArray((body.Attributes["identity_numbers"] as JsonArray ?? new JsonArray()).Select(n =>
        {
            var number = (JsonObject)n!.DeepClone();
            number["created_at"] = _data.Now;
            number["updated_at"] = _data.Now;
            return (JsonNode)number;
        }).ToArray());
        a["created_at"] = _data.Now;
        a["updated_at"] = _data.Now;
        a["redacted_at"] = null;
        account.Relationships["sessions"] = new JsonObject { ["data"] = new JsonArray() };
        account.Relationships["documents"] = new JsonObject { ["data"] = new JsonArray() };

        // The uniqueness check and the insert are one step, so two concurrent creates cannot both take an external id.
        bool taken;
        lock (_externalIdsGate)
        {
            taken = externalId is not null && !_externalIds.Add(externalId);
            if (!taken)
            {
                _data.Accounts.Add(account);
            }
        }

        if (taken)
        {
            await JsonApiErrors.InvalidAsync(context, "/data/attributes/external_id", "external_id has already been taken", "taken").ConfigureAwait(false);
            return;
        }

        await FakeHttp.JsonApiAsync(context, 201, _data.Accounts.Json(account)).ConfigureAwait(false);
    }

    private static (string, string)? CheckAccountMembers(JsonObject attributes)
    {
        foreach (var name in AccountObjects)
        {
            if (attributes[name] is { } value && value is not JsonObject)
            {
                return ($"/data/attributes/{name}", $"{name} must be an object.");
            }
        }

        if (attributes["identity_numbers"] is { } numbers && (numbers is not JsonArray list || list.Any(n => n is not JsonObject)))
        {
            return ("/data/attributes/identity_numbers", "identity_numbers must be an array of objects.");
        }

        return BadDate(attributes["person"], "birth_date", "/data/attributes/person/birth_date")
            ?? BadDate(attributes["business"], "registration_date", "/data/attributes/business/registration_date");
    }

    private static (string, string)? BadDate(JsonNode? obj, string name, string pointer)
        => obj?[name] is { } v && !(v is JsonValue d && d.TryGetValue<string>(out var s)
            && DateOnly.TryParseExact(s, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _))
            ? (pointer, $"{name} must be a date (yyyy-MM-dd).")
            : null;

    private Task ListAccountsAsync(HttpContext context)
        => JsonApiList.WriteAsync(context, _data.State, _data.Accounts.Snapshot(), PageMetaStyle.Cursors, _data.Accounts.Json);

    private async Task CreateSessionAsync(HttpContext context)
    {
        if (await JsonApiBody.ReadAsync(context, "session").ConfigureAwait(false) is not { } body)
        {
            return;
        }

        var (entityType, badType) = body.Text("entity_type");
        if (badType || entityType is not (null or "person" or "business"))
        {
            await JsonApiErrors.InvalidAsync(context, "/data/attributes/entity_type", "entity_type must be person or business.").ConfigureAwait(false);
            return;
        }

        var (ok, account) = await body.RelatedAsync(context, "account", _data.Accounts, required: true, "account").ConfigureAwait(false);
        if (!ok)
        {
            return;
        }

        var session = _data.Sessions.New("session");
        var a = session.Attributes;
        a["status"] = "created";
        lock (account!.Gate)
        {
            a["entity_type"] = entityType ?? account.Str("entity_type") ?? "person";
            a["creator_type"] = "system";
            a["creator_id"] = null;
            foreach (var name in AccountObjects)
            {
                a[name] = account.Attributes[name]?.DeepClone();
            }

            // A session reports identity numbers as an object (by class), an account as a list (§6).
            var numbers = new JsonObject();
            foreach (var n in account.Attributes["identity_numbers"] as JsonArray ?? new JsonArray())
            {
                numbers[StoredResource.Text(n, "class") ?? "other"] = new JsonObject
                {
                    ["number"] = n?["number"]?.DeepClone(), ["issuing_country_code"] = n?["issuing_country_code"]?.DeepClone(),
                };
            }

            a["identity_numbers"] = numbers;
            account.AddRelated("sessions", "session", session.Id);
        }

        a["behavior_analysis"] = null;
        a["created_at"] = _data.Now;
        a["updated_at"] = _data.Now;
        session.Relate("account", "account", account.Id);
        _data.Sessions.Add(session);
        await FakeHttp.JsonApiAsync(context, 201, _data.Sessions.Json(session)).ConfigureAwait(false);
    }

    private async Task GetSessionAsync(HttpContext context)
    {
        if (_data.Sessions.Find((string)context.Request.RouteValues["id"]!) is not { } session)
        {
            await JsonApiErrors.NotFoundAsync(context, "The session").ConfigureAwait(false);
            return;
        }

        var data = _data.Sessions.Json(session);
        var included = new JsonArray();
        if (_data.Accounts.Find(session.RelatedId("account")) is { } account)
        {
            included.Add((JsonNode)_data.Accounts.Json(account));
        }

        await FakeHttp.JsonApiAsync(context, 200, data, included: included).ConfigureAwait(false);
    }

    private Task ListSessionsAsync(HttpContext context)
    {
        string? status = FakeHttp.Query(context, "filter[status]"), type = FakeHttp.Query(context, "filter[entity_type]");
        string? account = FakeHttp.Query(context, "filter[account]"), device = FakeHttp.Query(context, "filter[session_device]");
        var matches = _data.Sessions.Snapshot().Where(s =>
        {
            lock (s.Gate)
            {
                return JsonApiList.Admits(status, s.Str("status")) && JsonApiList.Admits(type, s.Str("entity_type"))
                    && JsonApiList.Admits(account, s.RelatedId("account")) && JsonApiList.Admits(device, s.RelatedId("session_device"));
            }
        }).ToArray();
        return JsonApiList.WriteAsync(context, _data.State, matches, PageMetaStyle.Cursors, _data.Sessions.Json);
    }
}
