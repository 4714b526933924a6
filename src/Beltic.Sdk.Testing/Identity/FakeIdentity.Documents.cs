using System.Text.Json.Nodes;
using Beltic.Testing.Auth;
using Beltic.Testing.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Beltic.Testing.Identity;

/// <summary>
/// <c>document/idv</c> and <c>document/address</c>: declaring files, the presigned URLs, and what happens when the bytes
/// arrive. A <c>document/idv</c> is <c>pending</c> until every declared file is uploaded, then <c>submitted</c>; a
/// standalone one (no session) is then processed at once with its own verification, as §6 says; one in a session
/// waits for the verification you create. Its session moves <c>created → started</c> (document declared) →
/// <c>pending</c> (files uploaded).
/// </summary>
internal sealed partial class FakeIdentity
{
    private const string Idvs = "/v1/identity/documents/idvs";
    private const string Addresses = "/v1/identity/documents/addresses";

    private void MapDocuments(IEndpointRouteBuilder routes)
    {
        routes.MapPost(Idvs, CreateIdvAsync).WithMetadata(new RequiredScope(IdentityScopes.DocumentsWrite));
        routes.MapPost(Idvs + "/{id}/files", context => AddFileAsync(context, _data.IdvDocuments, "document/idv", "file"))
            .WithMetadata(new RequiredScope(IdentityScopes.DocumentsWrite));
        routes.MapGet(Addresses, context => JsonApiList.WriteAsync(context, _data.State, _data.AddressDocuments.Snapshot(), PageMetaStyle.Cursors, _data.AddressDocuments.Json))
            .WithMetadata(new RequiredScope(IdentityScopes.DocumentsRead));
        routes.MapPost(Addresses + "/{id}/files", context => AddFileAsync(context, _data.AddressDocuments, "file"))
            .WithMetadata(new RequiredScope(IdentityScopes.DocumentsWrite));
        routes.MapPost(Addresses + "/{id}/submit", SubmitAddressAsync).WithMetadata(new RequiredScope(IdentityScopes.DocumentsWrite));
    }

    /// <summary>Creates a <c>document/address</c> (the API's create route is undocumented; tests seed one this way).</summary>
    internal StoredResource CreateAddressDocument(string? sessionId)
    {
        var session = sessionId is null ? null : _data.Sessions.Find(sessionId) ?? throw new ArgumentException($"No session '{sessionId}' exists in this fake.", nameof(sessionId));
        var doc = _data.AddressDocuments.New("document/address");
        foreach (var name in (string[])["classification_type", "is_valid", "reasoning", "name", "document_number", "issue_date", "expiry_date", "issuing_authority", "address", "nationality"])
        {
            doc.Attributes[name] = null;
        }

        doc.Attributes["status"] = "pending";
        doc.Attributes["files"] = new JsonArray();
        doc.Attributes["created_at"] = _data.Now;
        doc.Attributes["submitted_at"] = null;
        doc.Attributes["processed_at"] = null;
        Attach(doc, session);
        doc.Relate("verification", "verification/address", null);
        return _data.AddressDocuments.Add(doc);
    }

    private async Task CreateIdvAsync(HttpContext context)
    {
        if (!await JsonApiErrors.RequireAlsoAsync(context, _data.State, IdentityScopes.VerificationsWrite).ConfigureAwait(false)
            || await JsonApiBody.ReadAsync(context, "document/idv").ConfigureAwait(false) is not { } body)
        {
            return;
        }

        if (body.Attributes["files"] is not JsonArray { Count: > 0 } files)
        {
            await JsonApiErrors.InvalidAsync(context, "/data/attributes/files", "files must declare at least one file (two for a two-sided ID).").ConfigureAwait(false);
            return;
        }

        var names = new List<string>();
        for (var i = 0; i < files.Count; i++)
        {
            var name = StoredResource.Text(files[i], "filename");
            if (string.IsNullOrWhiteSpace(name) || names.Contains(name, StringComparer.Ordinal))
            {
                var detail = string.IsNullOrWhiteSpace(name) ? "Each file needs a filename." : $"The filename '{name}' is declared twice.";
                await JsonApiErrors.InvalidAsync(context, $"/data/attributes/files/{JsonApiErrors.Index(i)}/filename", detail).ConfigureAwait(false);
                return;
            }

            names.Add(name);
        }

        var (ok, session) = await body.RelatedAsync(context, "session", _data.Sessions, required: false, "session").ConfigureAwait(false);
        if (!ok)
        {
            return;
        }

        var doc = _data.IdvDocuments.New("document/idv");
        var uploads = names.Select(n => _data.Uploads.Declare(doc, n)).ToArray();
        var a = doc.Attributes;
        a["status"] = "pending";
        a["document_type"] = null;
        a["files"] = new JsonArray(uploads.Select(u => (JsonNode)UploadStore.FileJson(u)).ToArray());
        foreach (var side in (string[])["front_side", "back_side", "portrait", "signature", "submitted_at", "processed_at"])
        {
            a[side] = null;
        }

        a["created_at"] = _data.Now;
        Attach(doc, session);
        doc.Relate("verification", "verification/idv", null);
        _data.IdvDocuments.Add(doc);
        _data.AdvanceSession(session?.Id, "started", "created");
        var meta = new JsonObject { ["files"] = new JsonArray(uploads.Select(u => (JsonNode)_data.Uploads.UrlJson(u, "id", "presigned_upload_url")).ToArray()) };
        await FakeHttp.JsonApiAsync(context, 201, _data.IdvDocuments.Json(doc), meta).ConfigureAwait(false);
    }

    private async Task AddFileAsync(HttpContext context, ResourceStore store, params string[] types)
    {
        if (store.Find((string)context.Request.RouteValues["id"]!) is not { } doc)
        {
            await JsonApiErrors.NotFoundAsync(context, "The document").ConfigureAwait(false);
            return;
        }

        if (await JsonApiBody.ReadAsync(context, types).ConfigureAwait(false) is not { } body)
        {
            return;
        }

        var (file, problem) = FileDeclaration.Parse(body.Attributes);
        if (problem is { } p)
        {
            await JsonApiErrors.InvalidAsync(context, p.Pointer, p.Detail).ConfigureAwait(false);
            return;
        }

        StoredUpload? upload = null;
        lock (doc.Gate)
        {
            if (doc.Str("status") != "processed")
            {
                upload = _data.Uploads.Declare(doc, file!.FileName, file.ContentType, file.ByteSize, file.Checksum);
                ((JsonArray)doc.Attributes["files"]!).Add((JsonNode)UploadStore.FileJson(upload));
                doc.Attributes["status"] = "pending";
            }
        }

        if (upload is null)
        {
            await JsonApiErrors.ConflictAsync(context, "The document is already processed; files can no longer be added.", null).ConfigureAwait(false);
            return;
        }

        var attributes = UploadStore.FileJson(upload);
        var resource = new JsonObject { ["type"] = "file", ["id"] = upload.FileId, ["attributes"] = attributes };
        resource["relationships"] = new JsonObject { ["document"] = new JsonObject { ["data"] = StoredResource.Ref(doc.Type, doc.Id) } };
        var meta = new JsonObject { ["presigned_upload_url"] = _data.Uploads.Url(upload), ["expires_in"] = (int)UploadStore.UrlLifetime.TotalSeconds };
        await FakeHttp.JsonApiAsync(context, 201, resource, meta).ConfigureAwait(false);
    }

    private async Task SubmitAddressAsync(HttpContext context)
    {
        if (_data.AddressDocuments.Find((string)context.Request.RouteValues["id"]!) is not { } doc)
        {
            await JsonApiErrors.NotFoundAsync(context, "The document").ConfigureAwait(false);
            return;
        }

        var pending = new JsonArray();
        bool any;
        lock (doc.Gate)
        {
            var files = ((JsonArray)doc.Attributes["files"]!).Select(f => _data.Uploads.Find(StoredResource.Text(f, "id")!)!).ToArray();
            any = files.Any(f => f.Uploaded);
            if (any && doc.Str("status") != "processed")
            {
                var before = doc.Str("status");
                DocumentContents.ReadAddress(doc, files.Where(f => f.Uploaded).ToArray(), Person(doc), _data.State.Now);
                _data.Notify(doc, before);
            }

            foreach (var f in files.Where(f => !f.Uploaded))
            {
                pending.Add((JsonNode)_data.Uploads.UrlJson(f, "file_id", "url"));
            }
        }

        if (!any)
        {
            await JsonApiErrors.InvalidAsync(context, "/data/attributes/files", "Upload at least one file before submitting the document.", "files_missing").ConfigureAwait(false);
            return;
        }

        await FakeHttp.JsonApiAsync(context, 200, _data.AddressDocuments.Json(doc), new JsonObject { ["presigned_upload_urls"] = pending }).ConfigureAwait(false);
    }

    /// <summary>Bytes arrived: the file is <c>uploaded</c>; a <c>document/idv</c> whose files all arrived moves on.</summary>
    private void OnUploaded(StoredUpload upload)
    {
        var doc = upload.Document;
        bool complete;
        lock (doc.Gate)
        {
            var files = (JsonArray)doc.Attributes["files"]!;
            var index = files.Select((f, i) => (f, i)).First(x => StoredResource.Text(x.f, "id") == upload.FileId).i;
            files[index] = UploadStore.FileJson(upload);
            complete = doc.Type == "document/idv" && doc.Str("status") == "pending" && files.All(f => StoredResource.Text(f, "status") == "uploaded");
            if (complete)
            {
                doc.Attributes["status"] = "submitted";
                doc.Attributes["submitted_at"] = _data.Now;
            }
        }

        if (!complete)
        {
            return;
        }

        _data.Notify(doc, "pending");
        if (doc.RelatedId("session") is { } sessionId)
        {
            _data.AdvanceSession(sessionId, "pending", "created", "started");
        }
        else
        {
            RunVerification("verification/idv", "document", doc, session: null);
        }
    }

    /// <summary>Links a document to its session and the session's account (and lists it on the account).</summary>
    private void Attach(StoredResource doc, StoredResource? session)
    {
        var account = _data.Accounts.Find(session?.RelatedId("account"));
        doc.Relate("session", "session", session?.Id);
        doc.Relate("account", "account", account?.Id);
        if (account is not null)
        {
            lock (account.Gate)
            {
                account.AddRelated("documents", doc.Type, doc.Id);
            }
        }
    }

    /// <summary>The person of the document's account, if any (what the fake "reads" from the document).</summary>
    private JsonObject? Person(StoredResource doc)
    {
        if (_data.Accounts.Find(doc.RelatedId("account")) is not { } account)
        {
            return null;
        }

        lock (account.Gate)
        {
            var person = account.Attributes["person"]?.DeepClone() as JsonObject ?? new JsonObject();
            person["address"] = account.Attributes["address"]?.DeepClone();
            return person;
        }
    }
}
