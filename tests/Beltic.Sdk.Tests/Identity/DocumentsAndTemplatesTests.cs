using System.Text.Json;
using Beltic.Identity;
using Beltic.Sdk.Tests.Support;
using Snapshooter.Xunit;

namespace Beltic.Sdk.Tests.Identity;

public class DocumentsAndTemplatesTests
{
    private const string DocumentJson = """
    { "data": { "type": "document", "id": "gdoc_1",
        "attributes": {
          "status": "processed",
          "file": { "id": "file_1", "filename": "statement.pdf", "content_type": "application/pdf", "byte_size": 52011, "checksum": "q1w2==", "status": "uploaded", "url": "https://files.beltic.com/f/file_1" },
          "processing_errors": [ { "status": 422, "code": "low_resolution", "title": "Low resolution", "detail": "Page 2 is below 150 dpi", "meta": { "occurred_at": "2026-11-20T10:02:00Z" } } ],
          "created_at": "2026-11-20T10:00:00Z", "submitted_at": "2026-11-20T10:00:01Z", "processed_at": "2026-11-20T10:02:10Z", "redacted_at": null,
          "extracted_data": { "account_holder": "Ada Lovelace", "issue_date": "2026-10-31" },
          "fraud_result": {
            "score": "NORMAL",
            "file_metadata": { "producer": "Skia/PDF", "creator": "Chrome", "creation_date": "D:20261031", "mod_date": "D:20261031", "author": null, "title": "Statement", "keywords": null, "subject": null },
            "indicators": [ { "id": "ind_1", "type": "RISK", "category": "metadata", "title": "Edited after creation", "description": "Modification date differs", "origin": "FRAUD" } ],
            "document_classification": { "id": "cls_1", "type": "financial", "document_class_type": "bank_statement", "detailed_type": "uk_bank_statement" }
          },
          "extracted_data_coordinates": { "version": 1, "fields": { "account_holder": [ { "surface": { "type": "page", "number": 1 }, "coordinate_space": "normalized_page", "bbox": { "left": 0.1, "top": 0.2, "width": 0.3, "height": 0.05 } } ] } },
          "fraud_result_coordinates": { "version": 1, "indicators": {} }
        },
        "relationships": { "document_template": { "data": { "type": "document-template", "id": "tpl_1" } }, "session": { "data": null } } },
      "included": [ { "type": "document-template", "id": "tpl_1", "attributes": { "name": "Bank statement", "status": "published", "is_active": true } } ] }
    """;

    private const string TemplateJson = """
    { "data": { "type": "document-template", "id": "tpl_1",
        "attributes": { "name": "Proof of address", "description": "Utility bills under 90 days",
          "extraction_config": { "enabled": true, "schema": { "type": "object", "properties": { "issue_date": { "type": "string", "custom:type": "date", "beltic:validation": { "kind": "date_recency", "field_ref": "issue_date", "max_age_days": 90 } } } }, "extraction_rules": null },
          "fraud_config": { "enabled": true, "requires_digital_signature": false },
          "status": "published", "is_active": true, "created_at": "2026-11-01T00:00:00Z", "updated_at": "2026-11-02T00:00:00Z" } } }
    """;

    [Fact]
    public async Task Create_document_sends_template_and_file_url_as_meta()
    {
        using var host = new TestHost();
        host.Json("POST", "/v1/documents", DocumentJson, 201);

        var document = await host.Client.Identity.Documents.CreateAsync(
            new DocumentCreateOptions("tpl_1", new Uri("https://example.com/files/statement.pdf")) { SessionId = "ses_1" });

        host.SingleRequest().SentJson().MatchSnapshot();
        Assert.Equal("gdoc_1", document.Id);
    }

    [Fact]
    public async Task Get_document_maps_extracted_data_fraud_result_and_included_template()
    {
        using var host = new TestHost();
        host.Json("GET", "/v1/documents/gdoc_1", DocumentJson);

        var document = await host.Client.Identity.Documents.GetAsync("gdoc_1");

        Assert.Equal(DocumentStatus.Processed, document.Status);
        Assert.Equal("statement.pdf", document.File!.Filename);
        Assert.Equal(52011, document.File.ByteSize);
        var error = Assert.Single(document.ProcessingErrors);
        Assert.Equal("422", error.Status);
        Assert.Equal("low_resolution", error.Code);
        Assert.Equal("Ada Lovelace", document.ExtractedData!.Value.GetProperty("account_holder").GetString());
        Assert.Equal("NORMAL", document.FraudResult!.Score);
        Assert.Equal("Skia/PDF", document.FraudResult.FileMetadata!.Producer);
        Assert.Equal("Edited after creation", Assert.Single(document.FraudResult.Indicators).Title);
        Assert.Equal("bank_statement", document.FraudResult.DocumentClassification!.DocumentClassType);
        Assert.Equal(1, document.ExtractedDataCoordinates!.Value.GetProperty("version").GetInt32());
        Assert.Equal("tpl_1", document.DocumentTemplateId);
        Assert.Null(document.SessionId);
        Assert.Equal("Bank statement", document.Included.Find<DocumentTemplate>(document.DocumentTemplateId)!.Name);
    }

    [Fact]
    public async Task List_documents_reads_links_only_paging()
    {
        using var host = new TestHost();
        host.Json("GET", "/v1/documents", """{ "data": [ { "type": "document", "id": "gdoc_1" } ], "links": { "next": "/v1/documents?page[after]=n2" } }""");

        var page = await host.Client.Identity.Documents.ListAsync();

        Assert.True(page.HasMore);
        Assert.Equal("n2", page.ContinuationToken);
    }

    [Fact]
    public void A_relative_or_non_http_file_url_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => new DocumentCreateOptions("tpl_1", new Uri("/files/x.pdf", UriKind.Relative)));
        Assert.Throws<ArgumentException>(() => new DocumentCreateOptions("tpl_1", new Uri("ftp://example.com/x.pdf")));
        Assert.Throws<ArgumentException>(() => new DocumentCreateOptions(" ", new Uri("https://example.com/x.pdf")));
    }

    [Fact]
    public async Task Create_template_sends_schema_unchanged()
    {
        using var host = new TestHost();
        host.Json("POST", "/v1/document-templates", TemplateJson, 201);
        using var schema = JsonDocument.Parse("""{ "type": "object", "properties": { "issue_date": { "type": "string", "custom:type": "date", "beltic:validation": { "kind": "date_recency", "field_ref": "issue_date", "max_age_days": 90 } } } }""");

        var template = await host.Client.Identity.DocumentTemplates.CreateAsync(new DocumentTemplateCreateOptions("Proof of address")
        {
            Description = "Utility bills under 90 days",
            ExtractionConfig = new ExtractionConfig { Enabled = true, Schema = schema.RootElement.Clone() },
            FraudConfig = new FraudConfig { Enabled = true, RequiresDigitalSignature = false },
        });

        host.SingleRequest().SentJson().MatchSnapshot();
        Assert.Equal("tpl_1", template.Id);
        Assert.Equal(DocumentTemplateStatus.Published, template.Status);
        Assert.True(template.IsActive);
        Assert.Equal(90, template.ExtractionConfig!.Schema!.Value.GetProperty("properties").GetProperty("issue_date").GetProperty("beltic:validation").GetProperty("max_age_days").GetInt32());
        Assert.False(template.FraudConfig!.RequiresDigitalSignature);
    }

    [Fact]
    public async Task Update_template_patches_only_what_is_set()
    {
        using var host = new TestHost();
        host.Json("PATCH", "/v1/document-templates/tpl_1", TemplateJson);

        await host.Client.Identity.DocumentTemplates.UpdateAsync("tpl_1", new DocumentTemplateUpdateOptions { IsActive = false, Description = "Retired" });

        var sent = host.SingleRequest();
        Assert.Equal("PATCH", sent.RequestMessage!.Method);
        Assert.True(Json.HasHeader(sent, "Idempotency-Key"));
        sent.SentJson().MatchSnapshot();
    }

    [Fact]
    public async Task An_empty_update_fails_before_sending()
    {
        using var host = new TestHost();

        await Assert.ThrowsAsync<ArgumentException>(() => host.Client.Identity.DocumentTemplates.UpdateAsync("tpl_1", new DocumentTemplateUpdateOptions()));
        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task Get_and_list_templates()
    {
        using var host = new TestHost();
        host.Json("GET", "/v1/document-templates/tpl_1", TemplateJson);
        host.Json("GET", "/v1/document-templates", """
        { "data": [ { "type": "document-template", "id": "tpl_1", "attributes": { "name": "A" } } ],
          "meta": { "page": { "cursors": { "start": "s", "end": "e" }, "hasNextPage": false, "hasPreviousPage": false, "total": 1 } },
          "links": { "self": "/v1/document-templates", "first": "/v1/document-templates", "next": null, "prev": null, "last": null } }
        """);

        var template = await host.Client.Identity.DocumentTemplates.GetAsync("tpl_1");
        var page = await host.Client.Identity.DocumentTemplates.ListAsync(new DocumentTemplateListOptions { Status = DocumentTemplateStatus.Published, IsActive = false });

        Assert.Equal("Proof of address", template.Name);
        var query = host.Requests[1].Query();
        Assert.Equal("published", query["filter[status]"]);
        Assert.Equal("false", query["filter[is_active]"]);
        Assert.Equal("A", Assert.Single(page.Items).Name);
        Assert.False(page.HasMore);
        Assert.Null(page.ContinuationToken);
    }
}
