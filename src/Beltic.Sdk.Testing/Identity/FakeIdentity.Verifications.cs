using System.Globalization;
using System.Text.Json.Nodes;
using Beltic.Testing.Auth;
using Beltic.Testing.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Beltic.Testing.Identity;

/// <summary>
/// Verifications (§6): synchronous — the checks are in the create answer. Verifying a <c>document/idv</c> processes
/// it (sides read). With <c>meta.auto_update_session</c> the session becomes <c>approved</c> (and its account
/// <c>active</c>) when the verification passed, <c>declined</c> when it failed.
/// </summary>
internal sealed partial class FakeIdentity
{
    private const string Verifications = "/v1/identity/verifications";

    private void MapVerifications(IEndpointRouteBuilder routes)
    {
        routes.MapPost(Verifications, CreateVerificationAsync).WithMetadata(new RequiredScope(IdentityScopes.VerificationsWrite));
        routes.MapGet(Verifications, ListVerificationsAsync).WithMetadata(new RequiredScope(IdentityScopes.IdentityRead));
    }

    private async Task CreateVerificationAsync(HttpContext context)
    {
        if (await JsonApiBody.ReadAsync(context, "verification/idv", "verification/address", "verification/business").ConfigureAwait(false) is not { } body)
        {
            return;
        }

        if (body.Type is not { } type)
        {
            await JsonApiErrors.InvalidAsync(context, "/data/type", "type must be verification/idv, verification/address or verification/business.").ConfigureAwait(false);
            return;
        }

        var (sessionOk, session) = await body.RelatedAsync(context, "session", _data.Sessions, required: false, "session").ConfigureAwait(false);
        if (!sessionOk)
        {
            return;
        }

        bool? auto = body.Meta["auto_update_session"] switch
        {
            null => false,
            JsonValue v when v.TryGetValue<bool>(out var b) => b,
            _ => null,
        };
        if (auto is null || (auto == true && session is null))
        {
            var (pointer, detail) = auto is null
                ? ("/data/meta/auto_update_session", "auto_update_session must be true or false.")
                : ("/data/relationships/session", "The session relationship is required when auto_update_session is true.");
            await JsonApiErrors.InvalidAsync(context, pointer, detail).ConfigureAwait(false);
            return;
        }

        var (relationship, store, targetType) = type switch
        {
            "verification/idv" => ("document", _data.IdvDocuments, "document/idv"),
            "verification/address" => ("document", _data.AddressDocuments, "document/address"),
            _ => ("business", _data.Businesses, "business"),
        };
        var (targetOk, target) = await body.RelatedAsync(context, relationship, store, required: true, targetType).ConfigureAwait(false);
        if (!targetOk)
        {
            return;
        }

        var verification = RunVerification(type, relationship, target!, session);
        if (auto == true)
        {
            var outcome = verification.Str("status");
            if (outcome is "passed" or "failed")
            {
                _data.AdvanceSession(session!.Id, outcome == "passed" ? "approved" : "declined");
            }

            if (outcome == "passed" && _data.Accounts.Find(session!.RelatedId("account")) is { } account)
            {
                lock (account.Gate)
                {
                    account.Attributes["status"] = "active";
                    account.Attributes["updated_at"] = _data.Now;
                }
            }
        }

        await FakeHttp.JsonApiAsync(context, 201, _data.Verifications.Json(verification)).ConfigureAwait(false);
    }

    /// <summary>Runs the checks on a target and stores the verification (also used for standalone ID documents).</summary>
    private StoredResource RunVerification(string type, string relationship, StoredResource target, StoredResource? session)
    {
        var verification = _data.Verifications.New(type);
        JsonArray checks;
        lock (target.Gate)
        {
            if (type == "verification/idv")
            {
                var uploaded = ((JsonArray)target.Attributes["files"]!)
                    .Select(f => _data.Uploads.Find(StoredResource.Text(f, "id")!)!).Where(u => u.Uploaded).ToArray();
                checks = VerificationChecks.Idv(uploaded);
                if (uploaded.Length > 0)
                {
                    var before = target.Str("status");
                    DocumentContents.ReadIdv(target, uploaded, Person(target), _data.State.Now);
                    _data.Notify(target, before);
                }
            }
            else
            {
                checks = type == "verification/address" ? VerificationChecks.Address(target) : VerificationChecks.Business(target);
            }

            if (relationship == "document")
            {
                target.Relate("verification", type, verification.Id);
            }
        }

        var a = verification.Attributes;
        a["status"] = VerificationChecks.Outcome(checks);
        a["checks"] = checks;
        a["created_at"] = _data.Now;
        a["submitted_at"] = _data.Now;
        a["completed_at"] = _data.Now;
        a["redacted_at"] = null;
        verification.Relate("session", "session", session?.Id);
        verification.Relate(relationship, target.Type, target.Id);
        return _data.Verifications.Add(verification);
    }

    private async Task ListVerificationsAsync(HttpContext context)
    {
        var from = await DateFilterAsync(context, "filter[created_at_from]").ConfigureAwait(false);
        var to = from.Ok ? await DateFilterAsync(context, "filter[created_at_to]").ConfigureAwait(false) : default;
        if (!from.Ok || !to.Ok)
        {
            return;
        }

        string? status = FakeHttp.Query(context, "filter[status]"), session = FakeHttp.Query(context, "filter[session_id]");
        var matches = _data.Verifications.Snapshot().Where(v =>
        {
            lock (v.Gate)
            {
                return JsonApiList.Admits(status, v.Str("status")) && JsonApiList.Admits(session, v.RelatedId("session"))
                    && (from.Value is null || v.CreatedAt >= from.Value) && (to.Value is null || v.CreatedAt <= to.Value);
            }
        }).ToArray();
        await JsonApiList.WriteAsync(context, _data.State, matches, PageMetaStyle.Flags, _data.Verifications.Json).ConfigureAwait(false);
    }

    private static async Task<(bool Ok, DateTimeOffset? Value)> DateFilterAsync(HttpContext context, string name)
    {
        if (FakeHttp.Query(context, name) is not { } text)
        {
            return (true, null);
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
        {
            return (true, value);
        }

        await JsonApiErrors.BadParameterAsync(context, name, $"{name} must be an ISO-8601 date-time.").ConfigureAwait(false);
        return (false, null);
    }
}
