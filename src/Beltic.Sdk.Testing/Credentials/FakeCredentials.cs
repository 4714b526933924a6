using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Beltic.Testing.Auth;
using Beltic.Testing.Hosting;
using Beltic.Verification;
using Beltic.Verification.Keys;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Beltic.Testing.Credentials;

/// <summary>
/// The Credentials API (§2): issue (real ES256 JWT-VCs), batch issue (job and synchronous forms), list, get, verify and
/// public verify (the seven-step verifier), revoke (flips the status bit), delete, and evidence upload.
/// </summary>
internal sealed partial class FakeCredentials : IFakeArea
{
    private readonly FakeState _state;
    private readonly ConcurrentDictionary<string, StoredCredential> _byId = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, StoredEvidence> _evidence = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, JsonObject> _jobs = new(StringComparer.Ordinal);
    private readonly List<StoredCredential> _ordered = [];
    private readonly Lazy<CredentialVerifier> _verifier;

    public FakeCredentials(FakeState state)
    {
        _state = state;
        StatusList = new StatusList();
        StatusLists = new FakeStatusLists(() => StatusList.Document(state.Options.Issuer, StatusListUrl, state.Now), StatusListUrl);
        _verifier = new Lazy<CredentialVerifier>(() =>
        {
            var options = new CredentialVerifierOptions();
            options.TrustedIssuers.Clear();
            options.TrustedIssuers.Add(state.Options.Issuer);
            return new CredentialVerifier(StaticJwksProvider.FromJson(CredentialSigner.Jwks(state), state.Options.Issuer), StatusLists, options, state.Time);
        });
    }

    public StatusList StatusList { get; }

    public FakeStatusLists StatusLists { get; }

    public string StatusListUrl => _state.Url("/.well-known/status-lists/v1").AbsoluteUri;

    /// <summary>Every credential issued so far, in order.</summary>
    public IReadOnlyList<StoredCredential> All
    {
        get
        {
            lock (_ordered)
            {
                return _ordered.ToArray();
            }
        }
    }

    public CredentialVerifier Verifier => _verifier.Value;

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/v1/credentials", IssueAsync).WithMetadata(new RequiredScope("credentials:write"));
        routes.MapPost("/v1/credentials/batch-issue", BatchIssueAsync).WithMetadata(new RequiredScope("credentials:write"), RateTier.BatchIssue);
        routes.MapGet("/v1/credentials/batch-issue/{jobId}", GetBatchAsync).WithMetadata(new RequiredScope("credentials:read"));
        routes.MapGet("/v1/credentials", ListAsync).WithMetadata(new RequiredScope("credentials:read"));
        routes.MapGet("/v1/credentials/{id}", GetAsync).WithMetadata(new RequiredScope("credentials:read"));
        routes.MapPost("/v1/credentials/verify", VerifyAsync).WithMetadata(new RequiredScope("credentials:verify"));
        routes.MapPost("/v1/credentials/_public/verify", VerifyAsync).WithMetadata(RequiredScope.Public);
        routes.MapPost("/v1/credentials/{id}/revoke", RevokeAsync).WithMetadata(new RequiredScope("credentials:revoke"));
        routes.MapDelete("/v1/credentials/{id}", DeleteAsync).WithMetadata(new RequiredScope("credentials:delete"));
        routes.MapPost("/v1/evidence", UploadEvidenceAsync).WithMetadata(new RequiredScope("credentials:evidence:upload"));
    }

    private async Task IssueAsync(HttpContext context)
    {
        if (await FakeHttp.ReadObjectAsync(context).ConfigureAwait(false) is not { } body)
        {
            return;
        }

        var (credential, problem) = Issue(body, "api", context);
        if (problem is { } p)
        {
            await ValidationAsync(context, p.Field, p.Message).ConfigureAwait(false);
            return;
        }

        await FakeHttp.JsonAsync(context, 201, credential!.ToJson(_state.Options.SigningKeyId, _state.Options.Issuer)).ConfigureAwait(false);
    }

    private async Task GetAsync(HttpContext context)
    {
        if (!_byId.TryGetValue((string)context.Request.RouteValues["id"]!, out var credential))
        {
            await FakeHttp.ErrorAsync(context, 404, "not_found", "No such credential.").ConfigureAwait(false);
            return;
        }

        await FakeHttp.JsonAsync(context, 200, credential.ToJson(_state.Options.SigningKeyId, _state.Options.Issuer)).ConfigureAwait(false);
    }

    private async Task ListAsync(HttpContext context)
    {
        var limit = 50;
        if (FakeHttp.Query(context, "limit") is { } l && (!int.TryParse(l, out limit) || limit is < 1 or > 200))
        {
            await ValidationAsync(context, "limit", "limit must be between 1 and 200.").ConfigureAwait(false);
            return;
        }

        if (Paging.Position(FakeHttp.Query(context, "cursor")) is not { } position)
        {
            await ValidationAsync(context, "cursor", "The cursor is not one this API issued.").ConfigureAwait(false);
            return;
        }

        var matches = All.Where(c =>
            Matches(FakeHttp.Query(context, "subject_id"), c.SubjectId) && Matches(FakeHttp.Query(context, "developer_id"), c.DeveloperId)
            && Matches(FakeHttp.Query(context, "credential_type"), c.Type) && Matches(FakeHttp.Query(context, "status"), c.Status)
            && Matches(FakeHttp.Query(context, "attestation_type"), c.AttestationType)).ToArray();
        var (page, next) = Paging.Slice(matches, position, limit);
        await FakeHttp.JsonAsync(context, 200, new JsonObject
        {
            ["items"] = new JsonArray(page.Select(c => (JsonNode)c.ToJson(_state.Options.SigningKeyId, _state.Options.Issuer)).ToArray()),
            ["pagination"] = new JsonObject
            {
                ["next_cursor"] = next is { } n ? Paging.Cursor(n) : null,
                ["has_more"] = next is not null,
                ["prev_cursor"] = position > 0 ? Paging.Cursor(Math.Max(0, position - limit)) : null,
                ["total"] = matches.Length,
            },
        }).ConfigureAwait(false);
    }

    private async Task RevokeAsync(HttpContext context)
    {
        if (!_byId.TryGetValue((string)context.Request.RouteValues["id"]!, out var credential))
        {
            await FakeHttp.ErrorAsync(context, 404, "not_found", "No such credential.").ConfigureAwait(false);
            return;
        }

        var reason = FakeHttp.Body(context) is { Length: > 0 } b && JsonNode.Parse(b) is JsonObject o ? IssueChecks.Str(o, "reason") : null;
        bool revoked;
        lock (credential)
        {
            revoked = credential.Status == "active";
            if (revoked)
            {
                credential.Status = "revoked";
                credential.RevokedAt = _state.Now;
                credential.RevocationReason = reason;
                credential.UpdatedAt = _state.Now;
            }
        }

        if (!revoked)
        {
            await FakeHttp.ErrorAsync(context, 409, "conflict", "Credential is not active").ConfigureAwait(false);
            return;
        }

        StatusList.Set(credential.StatusListIndex);
        StatusLists.Changed();
        Audit("credential.revoked", credential, "success", context);
        await FakeHttp.JsonAsync(context, 200, credential.ToJson(_state.Options.SigningKeyId, _state.Options.Issuer)).ConfigureAwait(false);
    }

    private async Task DeleteAsync(HttpContext context)
    {
        if (!_byId.TryRemove((string)context.Request.RouteValues["id"]!, out var credential))
        {
            await FakeHttp.ErrorAsync(context, 404, "not_found", "No such credential.").ConfigureAwait(false);
            return;
        }

        lock (_ordered)
        {
            _ordered.Remove(credential);
        }

        // Erased data cannot be relied on again: its slot is set, as for a revocation.
        StatusList.Set(credential.StatusListIndex);
        StatusLists.Changed();
        Audit("credential.deleted", credential, "success", context);
        context.Response.StatusCode = 204;
    }

    private static bool Matches(string? filter, string? value) => filter is null || string.Equals(filter, value, StringComparison.Ordinal);

    private static Task ValidationAsync(HttpContext context, string field, string message)
        => FakeHttp.ErrorAsync(context, 422, "validation_failed", message, new JsonObject
        {
            ["fields"] = new JsonArray(new JsonObject { ["field"] = field, ["message"] = message, ["code"] = "invalid" }),
        });

    private void Audit(string eventType, StoredCredential credential, string outcome, HttpContext context, string? reason = null)
        => _state.Audit?.Invoke(new AuditRecord(eventType, credential.Id, credential.Type, credential.SubjectType, outcome)
        {
            OutcomeReason = reason,
            UserAgent = context.Request.Headers.UserAgent.ToString(),
        });
}
