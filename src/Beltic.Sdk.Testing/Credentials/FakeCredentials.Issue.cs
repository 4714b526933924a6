using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Xml;
using Beltic.Testing.Hosting;
using Microsoft.AspNetCore.Http;

namespace Beltic.Testing.Credentials;

/// <summary>Issuing, one at a time or in batches, and evidence.</summary>
internal sealed partial class FakeCredentials
{
    private const long MaxEvidenceBytes = 10 * 1024 * 1024;
    private static readonly string[] EvidenceTypes = ["application/pdf", "image/jpeg", "image/png", "image/webp", "image/tiff", "image/heic", "image/heif"];

    /// <summary>Checks, stores, signs and audits one credential; or says what is wrong with the request.</summary>
    internal (StoredCredential? Credential, (string Field, string Message)? Problem) Issue(JsonObject body, string createdVia, HttpContext context)
    {
        if (IssueChecks.Check(body) is { } problem)
        {
            return (null, problem);
        }

        var now = _state.Now;
        var expires = now.AddYears(1);
        if (IssueChecks.Str(body, "expires_at") is { } at)
        {
            if (!DateTimeOffset.TryParse(at, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out expires) || expires <= now)
            {
                return (null, ("expires_at", "expires_at must be a future date-time."));
            }
        }
        else if (IssueChecks.Str(body, "ttl") is { } ttl)
        {
            try
            {
                expires = now + XmlConvert.ToTimeSpan(ttl);
            }
            catch (FormatException)
            {
                return (null, ("ttl", "ttl must be an ISO-8601 duration such as P1Y or P90D."));
            }
        }

        var evidence = new List<StoredEvidence>();
        if (body["evidence_refs"] is JsonArray refs)
        {
            foreach (var r in refs)
            {
                var id = r?.GetValue<string>() is { } text && text.StartsWith("evidence:", StringComparison.Ordinal) ? text["evidence:".Length..] : null;
                if (id is null || !_evidence.TryGetValue(id, out var ev))
                {
                    return (null, ("evidence_refs", $"evidence_refs entry '{r}' names no uploaded evidence (use \"evidence:<id>\")."));
                }

                evidence.Add(ev);
            }
        }

        var credential = new StoredCredential
        {
            Id = _state.NewId("cred"),
            Type = IssueChecks.Str(body, "credential_type")!,
            Subject = (JsonObject)body["subject"]!.DeepClone(),
            Claims = (JsonObject)body["claims"]!.DeepClone(),
            StatusListIndex = StatusList.Allocate(),
            IssuedAt = now,
            ExpiresAt = expires,
            UpdatedAt = now,
            Evidence = evidence,
            DeveloperId = "dev_fake",
            CreatedVia = createdVia,
        };
        credential.SignedPayload = CredentialSigner.Sign(_state, credential, StatusListUrl);
        _byId[credential.Id] = credential;
        lock (_ordered)
        {
            _ordered.Add(credential);
        }

        Audit("credential.issued", credential, "success", context);
        return (credential, null);
    }

    private async Task BatchIssueAsync(HttpContext context)
    {
        if (await FakeHttp.ReadObjectAsync(context).ConfigureAwait(false) is not { } body)
        {
            return;
        }

        // The reference's synchronous form: { items: [{ request, correlation_id }] } → results at once.
        if (body["items"] is JsonArray items)
        {
            if (items.Count is 0 or > 1000)
            {
                await ValidationAsync(context, "items", "items must hold 1 to 1,000 entries.").ConfigureAwait(false);
                return;
            }

            var results = Run(items.Select(i => (i?["request"] as JsonObject, (string?)i?["correlation_id"]?.ToString())).ToArray(), context);
            await FakeHttp.JsonAsync(context, 200, new JsonObject
            {
                ["success_count"] = results.Count(r => r?["credential"] is not null),
                ["failure_count"] = results.Count(r => r?["error"] is not null),
                ["results"] = results,
            }).ConfigureAwait(false);
            return;
        }

        // The guide's job form: { credentials: [...] } → a job, finished by the time it is polled.
        if (body["credentials"] is not JsonArray credentials || credentials.Count is 0 or > 10_000)
        {
            await ValidationAsync(context, "credentials", "credentials must hold 1 to 10,000 credential requests.").ConfigureAwait(false);
            return;
        }

        var jobId = _state.NewId("job");
        var done = Run(credentials.Select(c => (c as JsonObject, (string?)null)).ToArray(), context);
        var errors = new JsonArray(done.Select((r, i) => (r, i)).Where(x => x.r?["error"] is not null)
            .Select(x => (JsonNode)new JsonObject { ["index"] = x.i, ["code"] = "validation_failed", ["message"] = x.r!["error"]!["message"]!.DeepClone() }).ToArray());
        var created = FakeHttp.Iso(_state.Now);
        _jobs[jobId] = new JsonObject
        {
            ["job_id"] = jobId, ["status"] = errors.Count == credentials.Count ? "failed" : "completed", ["total"] = credentials.Count,
            ["processed"] = credentials.Count, ["succeeded"] = credentials.Count - errors.Count, ["failed"] = errors.Count,
            ["errors"] = errors, ["results"] = done, ["created_at"] = created, ["completed_at"] = created,
        };
        await FakeHttp.JsonAsync(context, 202, new JsonObject
        {
            ["job_id"] = jobId, ["status"] = "queued", ["total"] = credentials.Count, ["processed"] = 0, ["succeeded"] = 0, ["failed"] = 0, ["created_at"] = created,
        }).ConfigureAwait(false);
    }

    private async Task GetBatchAsync(HttpContext context)
    {
        if (_jobs.TryGetValue((string)context.Request.RouteValues["jobId"]!, out var job))
        {
            await FakeHttp.JsonAsync(context, 200, job.DeepClone()).ConfigureAwait(false);
            return;
        }

        await FakeHttp.ErrorAsync(context, 404, "not_found", "No such batch job.").ConfigureAwait(false);
    }

    private JsonArray Run(IReadOnlyList<(JsonObject? Request, string? CorrelationId)> requests, HttpContext context)
    {
        var results = new JsonArray();
        foreach (var (request, correlation) in requests)
        {
            var result = new JsonObject { ["correlation_id"] = correlation };
            var (credential, problem) = request is null ? (null, ("request", "Each item needs a credential request object.")) : Issue(request, "batch_mint", context);
            if (credential is not null)
            {
                result["credential"] = credential.ToJson(_state.Options.SigningKeyId, _state.Options.Issuer);
            }
            else
            {
                result["error"] = new JsonObject { ["code"] = "validation_failed", ["message"] = problem!.Value.Message, ["field"] = problem.Value.Field };
            }

            results.Add((JsonNode)result);
        }

        return results;
    }

    private async Task UploadEvidenceAsync(HttpContext context)
    {
        if (!context.Request.HasFormContentType || (await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false)).Files["file"] is not { } file)
        {
            await ValidationAsync(context, "file", "Send multipart/form-data with a 'file' part.").ConfigureAwait(false);
            return;
        }

        var form = context.Request.Form;
        var type = (file.ContentType ?? string.Empty).Split(';')[0].Trim().ToLowerInvariant();
        if (file.Length is 0 or > MaxEvidenceBytes || !EvidenceTypes.Contains(type))
        {
            await ValidationAsync(context, "file", "Evidence must be 1 byte to 10 MB of PDF, JPEG, PNG, WEBP, TIFF or HEIC/HEIF.").ConfigureAwait(false);
            return;
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
        var bytes = buffer.ToArray();
        var hash = SHA256.HashData(bytes);
        var name = form["filename"].ToString() is { Length: > 0 } n ? n : file.FileName;
        var evidence = new StoredEvidence(_state.NewId("ev"), name, type, form["document_type"].ToString() is { Length: > 0 } d ? d : null, bytes,
            Convert.ToHexStringLower(hash), Convert.ToBase64String(hash), _state.Now);
        _evidence[evidence.Id] = evidence;
        await FakeHttp.JsonAsync(context, 201, new JsonObject
        {
            ["id"] = evidence.Id, ["sha256"] = evidence.Sha256Hex, ["filename"] = evidence.FileName, ["content_type"] = evidence.ContentType,
            ["byte_size"] = bytes.Length, ["document_type"] = evidence.DocumentType, ["created_at"] = FakeHttp.Iso(evidence.CreatedAt),
        }).ConfigureAwait(false);
    }
}
