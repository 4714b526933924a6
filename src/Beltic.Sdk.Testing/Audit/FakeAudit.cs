using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Beltic.Testing.Auth;
using Beltic.Testing.Hosting;
using Beltic.Testing.Webhooks;
using Beltic.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Beltic.Testing.Audit;

/// <summary>
/// The Audit API (§3): the audit trail every area writes through <see cref="FakeState.Audit"/> (issue, verify, revoke,
/// delete) plus recorded presentations, listed with every filter and cursor paging; and audit streams, to which each
/// matching event is delivered, signed with the stream's secret.
/// </summary>
/// <remarks>
/// What the fake fills in where §3 gives only a name: <c>actor_type</c> is <c>api_key</c>; <c>source_ip</c> is
/// <c>127.0.0.1</c> (the fake listens only on loopback, or in memory); <c>duration_ms</c> is 0 (the fake does the work
/// at once on its clock); <c>intervention_required</c> is true exactly when the outcome is not <c>success</c>;
/// <c>credential_type</c>, <c>subject_type</c> and <c>attestation_type</c> of later events (a presentation, a deletion)
/// come from the credential's earlier events.
/// </remarks>
internal sealed partial class FakeAudit : IFakeArea
{
    /// <summary>The event types of the audit trail (§3), the values <c>event_type</c> filters on.</summary>
    public static readonly string[] EventTypes =
    [
        "credential.issued", "credential.verified", "credential.revoked", "credential.deleted", "credential.presented",
        "credential.presentation_accepted", "credential.presentation_rejected", "credential.suspended", "credential.reactivated",
    ];

    /// <summary>What a stream's <c>event_filter</c> may name: the trail's types and <c>credential.batch_completed</c>.</summary>
    public static readonly string[] StreamEventTypes = [.. EventTypes, "credential.batch_completed"];

    private const string ActorType = "api_key";
    private const string SourceIp = "127.0.0.1";

    private readonly FakeState _state;
    private readonly FakeDeliverer _deliverer;
    private readonly Func<string, string?> _attestationTypeOf;
    private readonly List<StoredAuditEvent> _events = [];
    private readonly ConcurrentDictionary<string, CredentialFacts> _facts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, StoredAuditStream> _streams = new(StringComparer.Ordinal);
    private readonly List<StoredAuditStream> _orderedStreams = [];

    /// <summary>Creates the area and subscribes it to the fake's audit hook.</summary>
    /// <param name="state">The shared state.</param>
    /// <param name="deliverer">Sends stream deliveries.</param>
    /// <param name="attestationTypeOf">The attestation type of a stored credential (outcome attestations), or null.</param>
    public FakeAudit(FakeState state, FakeDeliverer deliverer, Func<string, string?> attestationTypeOf)
    {
        _state = state;
        _deliverer = deliverer;
        _attestationTypeOf = attestationTypeOf;
        state.Audit += r => Write(r);
    }

    /// <summary>The audit trail so far, in sequence.</summary>
    public IReadOnlyList<StoredAuditEvent> Events
    {
        get
        {
            lock (_events)
            {
                return _events.ToArray();
            }
        }
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        _deliverer.AttachTo(routes.ServiceProvider);
        routes.MapGet("/v1/audit/events", ListEventsAsync).WithMetadata(new RequiredScope("audit:read"));
        routes.MapPost("/v1/audit/events", RecordPresentationAsync).WithMetadata(new RequiredScope("audit:write"));
        routes.MapPost("/v1/audit/streams", CreateStreamAsync).WithMetadata(new RequiredScope("audit:streams"));
        routes.MapGet("/v1/audit/streams", ListStreamsAsync).WithMetadata(new RequiredScope("audit:streams"));
        routes.MapDelete("/v1/audit/streams/{id}", DeleteStreamAsync).WithMetadata(new RequiredScope("audit:streams"));
    }

    /// <summary>Appends an event to the trail and starts its deliveries to the matching streams.</summary>
    /// <param name="record">What happened.</param>
    /// <param name="extra">Further members to show on the event (a presentation's references).</param>
    /// <returns>The stored event.</returns>
    internal StoredAuditEvent Write(AuditRecord record, JsonObject? extra = null)
    {
        var facts = Facts(record);
        StoredAuditEvent stored;
        lock (_events)
        {
            // Under the lock, so seq_num order is list order.
            stored = new StoredAuditEvent
            {
                Id = _state.NewId("aud"),
                SeqNum = _events.Count + 1,
                EventType = record.EventType,
                CredentialId = record.CredentialId,
                CredentialType = facts.Type,
                AttestationType = facts.AttestationType,
                ActorType = ActorType,
                SubjectType = facts.SubjectType,
                Outcome = record.Outcome,
                OutcomeReason = record.OutcomeReason,
                InterventionRequired = record.Outcome != "success",
                Timestamp = TruncateToMilliseconds(_state.Now),
                DurationMs = 0,
                SourceIp = SourceIp,
                UserAgent = string.IsNullOrEmpty(record.UserAgent) ? null : record.UserAgent,
                ExternalVerifierId = record.ExternalVerifierId,
                ExternalTransactionRef = record.ExternalTransactionRef,
                Extra = extra,
            };
            _events.Add(stored);
        }

        Deliver(stored);
        return stored;
    }

    private void Deliver(StoredAuditEvent stored)
    {
        StoredAuditStream[] streams;
        lock (_orderedStreams)
        {
            streams = _orderedStreams.Where(s => s.Wants(stored.EventType)).ToArray();
        }

        if (streams.Length == 0)
        {
            return;
        }

        // The raw event, the same bytes to every stream; each signs them with its own secret at each attempt.
        var body = Encoding.UTF8.GetBytes(stored.ToJson().ToJsonString());
        foreach (var stream in streams)
        {
            var secret = stream.Secret;
            _ = _deliverer.Enqueue(new DeliveryRequest(FakeDeliveryKind.AuditStream, stream.Id, stored.EventType, stream.Url, body,
                bytes => WebhookSigner.SignAuditStream(bytes, secret, _state.Now), stream.Deleted.Token));
        }
    }

    // What an event says about its credential, completed from the credential's earlier events.
    private CredentialFacts Facts(AuditRecord record)
    {
        if (record.CredentialId is not { } id)
        {
            return new CredentialFacts(record.CredentialType, record.SubjectType, null);
        }

        var known = _facts.GetOrAdd(id, key => new CredentialFacts(record.CredentialType, record.SubjectType, _attestationTypeOf(key)));
        return new CredentialFacts(record.CredentialType ?? known.Type, record.SubjectType ?? known.SubjectType, known.AttestationType);
    }

    private static DateTimeOffset TruncateToMilliseconds(DateTimeOffset t) => new(t.Ticks - (t.Ticks % TimeSpan.TicksPerMillisecond), t.Offset);

    private static Task ValidationAsync(HttpContext context, string field, string message)
        => FakeHttp.ErrorAsync(context, 422, "validation_failed", message, new JsonObject
        {
            ["fields"] = new JsonArray(new JsonObject { ["field"] = field, ["message"] = message, ["code"] = "invalid" }),
        });

    private readonly record struct CredentialFacts(string? Type, string? SubjectType, string? AttestationType);
}
