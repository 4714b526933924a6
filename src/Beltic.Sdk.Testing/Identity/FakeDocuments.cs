using System.Text.Json.Nodes;
using Beltic.Testing.Auth;
using Beltic.Testing.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Beltic.Testing.Identity;

/// <summary>
/// Generic documents (§7, <c>/v1/documents</c>) processed with a document template, and the templates themselves.
/// A document is created <c>processing</c> and is <c>processed</c> the first time it is read back (GET or list):
/// extracted data from the template's schema, and a fraud result unless the template disables fraud checks.
/// Deterministic: a file URL containing <c>unreadable</c> fails processing; one containing <c>tampered</c> (or a
/// template requiring a digital signature) gets fraud indicators and the score <c>SUSPICIOUS</c>.
/// </summary>
internal sealed partial class FakeDocuments(IdentityData data) : IFakeArea
{
    private const string Documents = "/v1/documents";

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost(Documents, CreateAsync).WithMetadata(new RequiredScope(IdentityScopes.DocumentsWrite));
        routes.MapGet(Documents, ListAsync).WithMetadata(new RequiredScope(IdentityScopes.DocumentsRead));
        routes.MapGet(Documents + "/{id}", GetAsync).WithMetadata(new RequiredScope(IdentityScopes.DocumentsRead));
        MapTemplates(routes);
    }

    private async Task CreateAsync(HttpContext context)
    {
        if (await JsonApiBody.ReadAsync(context, "document").ConfigureAwait(false) is not { } body)
        {
            return;
        }

        var templateId = StoredResource.Text(body.Meta, "document_template_id");
        var fileUrl = StoredResource.Text(body.Meta, "file_url");
        if (string.IsNullOrWhiteSpace(templateId))
        {
            await JsonApiErrors.InvalidAsync(context, "/data/meta/document_template_id", "document_template_id is required.", "blank").ConfigureAwait(false);
            return;
        }

        if (!Uri.TryCreate(fileUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            await JsonApiErrors.InvalidAsync(context, "/data/meta/file_url", "file_url must be an absolute http(s) URL.").ConfigureAwait(false);
            return;
        }

        if (data.Templates.Find(templateId) is not { } template)
        {
            await JsonApiErrors.NotFoundAsync(context, $"The document template '{templateId}'", "/data/meta/document_template_id").ConfigureAwait(false);
            return;
        }

        if (template.Attributes["is_active"] is JsonValue active && active.TryGetValue<bool>(out var isActive) && !isActive)
        {
            await JsonApiErrors.InvalidAsync(context, "/data/meta/document_template_id", $"The document template '{templateId}' is not active.", "inactive").ConfigureAwait(false);
            return;
        }

        var (ok, session) = await body.RelatedAsync(context, "session", data.Sessions, required: false, "session").ConfigureAwait(false);
        if (!ok)
        {
            return;
        }

        var doc = data.Documents.New("document");
        var name = Uri.UnescapeDataString(url.Segments[^1]);
        var a = doc.Attributes;
        a["status"] = "processing";
        a["file"] = new JsonObject
        {
            ["id"] = data.State.NewId("file"), ["filename"] = name, ["content_type"] = FakeUploads.ByExtension(name) ?? "application/pdf",
            ["byte_size"] = null, ["checksum"] = null, ["status"] = "uploaded", ["url"] = url.AbsoluteUri,
        };
        a["processing_errors"] = new JsonArray();
        foreach (var member in (string[])["extracted_data", "extracted_data_coordinates", "fraud_result", "fraud_result_coordinates", "processed_at", "redacted_at"])
        {
            a[member] = null;
        }

        a["created_at"] = data.Now;
        a["submitted_at"] = data.Now;
        doc.Relate("document_template", "document-template", template.Id);
        doc.Relate("session", "session", session?.Id);
        doc.Pending = true;
        data.Documents.Add(doc);
        data.Notify(doc, null);
        await FakeHttp.JsonApiAsync(context, 201, data.Documents.Json(doc)).ConfigureAwait(false);
    }

    private Task GetAsync(HttpContext context) => FinishOnRead.GetAsync(context, data.Documents, "The document", Complete);

    private Task ListAsync(HttpContext context) => FinishOnRead.ListAsync(context, data.State, data.Documents, PageMetaStyle.Cursors, Complete);

    /// <summary>Finishes processing a document on its first read, and tells the webhooks.</summary>
    private void Complete(StoredResource doc)
    {
        if (Finish(doc))
        {
            data.Notify(doc, "processing");
        }
    }

    private bool Finish(StoredResource doc)
    {
        JsonObject? template;
        lock (doc.Gate)
        {
            if (!doc.Pending)
            {
                return false;
            }

            template = data.Templates.Find(doc.RelatedId("document_template")) is { } t ? data.Templates.Json(t)["attributes"] as JsonObject : null;
            var url = StoredResource.Text(doc.Attributes["file"], "url") ?? string.Empty;
            var a = doc.Attributes;
            a["processed_at"] = data.Now;
            doc.Pending = false;
            if (url.Contains("unreadable", StringComparison.OrdinalIgnoreCase))
            {
                a["status"] = "failed";
                a["processing_errors"] = new JsonArray(new JsonObject
                {
                    ["status"] = "422", ["code"] = "unreadable_file", ["title"] = "Unreadable file",
                    ["detail"] = "The file could not be read as a document.", ["meta"] = new JsonObject { ["occurred_at"] = data.Now },
                });
                return true;
            }

            a["status"] = "processed";
            if (template?["extraction_config"]?["enabled"] is not JsonValue e || !e.TryGetValue<bool>(out var extract) || extract)
            {
                var (extracted, coordinates) = ExtractedData.FromSchema(template?["extraction_config"]?["schema"] as JsonObject, data.State.Now);
                a["extracted_data"] = extracted;
                a["extracted_data_coordinates"] = coordinates;
            }

            if (template?["fraud_config"]?["enabled"] is not JsonValue f || !f.TryGetValue<bool>(out var fraud) || fraud)
            {
                a["fraud_result"] = FraudResult(url, template, StoredResource.Text(a["file"], "filename"));
                a["fraud_result_coordinates"] = new JsonObject { ["version"] = "1", ["indicators"] = new JsonObject() };
            }
        }

        return true;
    }

    private JsonObject FraudResult(string url, JsonObject? template, string? fileName)
    {
        var indicators = new JsonArray();
        if (url.Contains("tampered", StringComparison.OrdinalIgnoreCase))
        {
            indicators.Add((JsonNode)Indicator("ind_tampered", "modification", "Edited after creation", "The file was modified with a PDF editor after it was produced."));
        }

        if (template?["fraud_config"]?["requires_digital_signature"] is JsonValue s && s.TryGetValue<bool>(out var needsSignature) && needsSignature)
        {
            indicators.Add((JsonNode)Indicator("ind_signature", "signature", "No digital signature", "The template requires a digital signature and the file has none."));
        }

        return new JsonObject
        {
            ["score"] = indicators.Count == 0 ? "NORMAL" : "SUSPICIOUS",
            ["file_metadata"] = new JsonObject
            {
                ["producer"] = "Beltic fake PDF producer", ["creator"] = "Beltic.Sdk.Testing", ["creation_date"] = data.Now, ["mod_date"] = data.Now,
                ["author"] = null, ["title"] = fileName, ["keywords"] = null, ["subject"] = null,
            },
            ["indicators"] = indicators,
            ["document_classification"] = new JsonObject
            {
                ["id"] = "cls_fake", ["type"] = "document_classification", ["document_class_type"] = "financial",
                ["detailed_type"] = (StoredResource.Text(template, "name") ?? "document").ToLowerInvariant().Replace(' ', '_'),
            },
        };
    }

    private static JsonObject Indicator(string id, string category, string title, string description) => new()
    {
        ["id"] = id, ["type"] = "RISK", ["category"] = category, ["title"] = title, ["description"] = description, ["origin"] = "FRAUD",
    };
}
