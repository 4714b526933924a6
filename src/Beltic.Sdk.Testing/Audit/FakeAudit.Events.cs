using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Beltic.Testing.Hosting;
using Microsoft.AspNetCore.Http;

namespace Beltic.Testing.Audit;

/// <summary><c>GET /v1/audit/events</c> (oldest first, every §3 filter, cursor paging) and <c>POST /v1/audit/events</c> (a presentation).</summary>
internal sealed partial class FakeAudit
{
    private const int DefaultLimit = 20;
    private const int MaxLimit = 100;
    private static readonly string[] Outcomes = ["success", "denied", "error"];
    private static readonly string[] PresentationStrings = ["external_transaction_ref", "external_session_ref", "correlation_id", "ucp_checkout_id"];

    private async Task ListEventsAsync(HttpContext context)
    {
        var (filter, problem) = ReadFilter(context);
        if (problem is { } p)
        {
            await ValidationAsync(context, p.Field, p.Message).ConfigureAwait(false);
            return;
        }

        // Oldest first: events are only ever appended, so an offset cursor stays valid while the trail grows.
        var matches = Events.Where(filter!.Matches).ToArray();
        var (page, next) = Paging.Slice(matches, filter.Position, filter.Limit);
        await FakeHttp.JsonAsync(context, 200, new JsonObject
        {
            ["events"] = new JsonArray(page.Select(e => (JsonNode)e.ToJson()).ToArray()),
            ["next_cursor"] = next is { } n ? Paging.Cursor(n) : null,
        }).ConfigureAwait(false);
    }

    private async Task RecordPresentationAsync(HttpContext context)
    {
        if (await FakeHttp.ReadObjectAsync(context).ConfigureAwait(false) is not { } body)
        {
            return;
        }

        if (Str(body, "event_type") != "credential.presented")
        {
            await ValidationAsync(context, "event_type", "event_type is required and must be credential.presented.").ConfigureAwait(false);
            return;
        }

        foreach (var required in (string[])["credential_id", "external_verifier_id"])
        {
            if (Str(body, required) is not { Length: > 0 })
            {
                await ValidationAsync(context, required, $"{required} is required: a non-empty string.").ConfigureAwait(false);
                return;
            }
        }

        var extra = new JsonObject();
        foreach (var name in PresentationStrings)
        {
            if (body[name] is { } value)
            {
                if (Str(body, name) is not { Length: > 0 })
                {
                    await ValidationAsync(context, name, $"{name} must be a non-empty string when present.").ConfigureAwait(false);
                    return;
                }

                extra[name] = value.DeepClone();
            }
        }

        if (body["presented_claims"] is { } claims)
        {
            if (claims is not JsonArray list || list.Any(c => c is not JsonValue v || v.GetValueKind() != JsonValueKind.String))
            {
                await ValidationAsync(context, "presented_claims", "presented_claims must be an array of claim names.").ConfigureAwait(false);
                return;
            }

            extra["presented_claims"] = claims.DeepClone();
        }

        // external_transaction_ref is a §3 member of its own; the rest are shown as recorded.
        var transaction = (string?)extra["external_transaction_ref"];
        extra.Remove("external_transaction_ref");
        Write(new AuditRecord("credential.presented", Str(body, "credential_id"), null, null, "success")
        {
            ExternalVerifierId = Str(body, "external_verifier_id"),
            ExternalTransactionRef = transaction,
            UserAgent = context.Request.Headers.UserAgent.ToString(),
        }, extra.Count > 0 ? extra : null);
        await FakeHttp.JsonAsync(context, 201, new JsonObject { ["recorded"] = true }).ConfigureAwait(false);
    }

    private static (EventFilter? Filter, (string Field, string Message)? Problem) ReadFilter(HttpContext context)
    {
        var limit = DefaultLimit;
        if (FakeHttp.Query(context, "limit") is { } l && (!int.TryParse(l, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > MaxLimit))
        {
            return (null, ("limit", $"limit must be between 1 and {MaxLimit}."));
        }

        if (Paging.Position(FakeHttp.Query(context, "cursor")) is not { } position)
        {
            return (null, ("cursor", "The cursor is not one this API issued."));
        }

        var type = FakeHttp.Query(context, "event_type");
        if (type is not null && !EventTypes.Contains(type))
        {
            return (null, ("event_type", "event_type must be one of " + string.Join(", ", EventTypes) + "."));
        }

        var outcome = FakeHttp.Query(context, "outcome");
        if (outcome is not null && !Outcomes.Contains(outcome))
        {
            return (null, ("outcome", "outcome must be one of " + string.Join(", ", Outcomes) + "."));
        }

        bool? intervention = null;
        if (FakeHttp.Query(context, "intervention_required") is { } flag)
        {
            if (flag is not ("true" or "false"))
            {
                return (null, ("intervention_required", "intervention_required must be true or false."));
            }

            intervention = flag == "true";
        }

        if (!TryInstant(context, "from", out var from))
        {
            return (null, ("from", "from must be an ISO 8601 date-time."));
        }

        if (!TryInstant(context, "to", out var to))
        {
            return (null, ("to", "to must be an ISO 8601 date-time."));
        }

        return (new EventFilter(FakeHttp.Query(context, "credential_id"), type, outcome, from, to, intervention, limit, position), null);
    }

    // False only when the parameter is present and unreadable.
    private static bool TryInstant(HttpContext context, string name, out DateTimeOffset? value)
    {
        value = null;
        if (FakeHttp.Query(context, name) is not { } text)
        {
            return true;
        }

        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return false;
        }

        value = instant;
        return true;
    }

    private static string? Str(JsonObject obj, string name)
        => obj[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    /// <summary>The list's filters, each optional and all applied together; bounds are inclusive.</summary>
    private sealed record EventFilter(string? CredentialId, string? EventType, string? Outcome, DateTimeOffset? From, DateTimeOffset? To, bool? InterventionRequired, int Limit, int Position)
    {
        public bool Matches(StoredAuditEvent e)
            => (CredentialId is null || e.CredentialId == CredentialId)
                && (EventType is null || e.EventType == EventType)
                && (Outcome is null || e.Outcome == Outcome)
                && (From is null || e.Timestamp >= From)
                && (To is null || e.Timestamp <= To)
                && (InterventionRequired is null || e.InterventionRequired == InterventionRequired);
    }
}
