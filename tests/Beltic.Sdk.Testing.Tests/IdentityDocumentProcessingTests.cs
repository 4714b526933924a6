using System.Text.Json;
using Beltic.Identity;
using Beltic.Testing;

namespace Beltic.Sdk.Testing.Tests;

/// <summary>Generic documents processed with templates, and the templates' create/update/get/list.</summary>
public class IdentityDocumentProcessingTests
{
    private static DocumentTemplateCreateOptions Statement(bool? fraudChecks = null) => new("Bank statement")
    {
        Description = "Monthly bank statement",
        Status = DocumentTemplateStatus.Published,
        ExtractionConfig = new ExtractionConfig
        {
            Enabled = true,
            Schema = JsonDocument.Parse("""
                { "type": "object", "properties": {
                    "account_holder": { "type": "string" },
                    "issue_date": { "type": "string", "custom:type": "date" },
                    "closing_balance": { "type": "number" } } }
                """).RootElement,
        },
        FraudConfig = fraudChecks is null ? null : new FraudConfig { Enabled = fraudChecks, RequiresDigitalSignature = false },
    };

    [Fact]
    public async Task A_document_is_processing_then_processed_with_data_extracted_by_its_template_schema()
    {
        await using var fake = BelticFake.CreateInMemory();
        using var beltic = fake.CreateClient();
        var template = await beltic.Identity.DocumentTemplates.CreateAsync(Statement());

        var created = await beltic.Identity.Documents.CreateAsync(new DocumentCreateOptions(template.Id, new Uri("https://files.example/statement.pdf")));
        var processed = await beltic.Identity.Documents.GetAsync(created.Id);
        var tampered = await beltic.Identity.Documents.CreateAsync(new DocumentCreateOptions(template.Id, new Uri("https://files.example/tampered.pdf")));
        var unreadable = await beltic.Identity.Documents.CreateAsync(new DocumentCreateOptions(template.Id, new Uri("https://files.example/unreadable.pdf")));
        var list = await beltic.Identity.Documents.ListAsync();

        Assert.Equal(DocumentStatus.Processing, created.Status);
        Assert.Equal(template.Id, created.DocumentTemplateId);
        Assert.Equal("statement.pdf", created.File!.Filename);
        Assert.Equal(DocumentStatus.Processed, processed.Status);
        Assert.Equal("Sample account_holder", processed.ExtractedData!.Value.GetProperty("account_holder").GetString());
        Assert.Equal(100, processed.ExtractedData.Value.GetProperty("closing_balance").GetDecimal());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", processed.ExtractedData.Value.GetProperty("issue_date").GetString());
        Assert.True(processed.ExtractedDataCoordinates!.Value.GetProperty("fields").TryGetProperty("issue_date", out _));
        Assert.Equal("NORMAL", processed.FraudResult!.Score);
        Assert.Empty(processed.FraudResult.Indicators);
        Assert.Equal(3, list.Items.Count);
        Assert.Equal("SUSPICIOUS", list.Items.Single(d => d.Id == tampered.Id).FraudResult!.Score);
        var failed = list.Items.Single(d => d.Id == unreadable.Id);
        Assert.Equal(DocumentStatus.Failed, failed.Status);
        Assert.Equal("unreadable_file", Assert.Single(failed.ProcessingErrors).Code);
    }

    [Fact]
    public async Task Templates_update_only_what_is_sent_and_list_active_ones_by_default()
    {
        await using var fake = BelticFake.CreateInMemory();
        using var beltic = fake.CreateClient();
        var statement = await beltic.Identity.DocumentTemplates.CreateAsync(Statement(fraudChecks: false));
        var draft = await beltic.Identity.DocumentTemplates.CreateAsync(new DocumentTemplateCreateOptions("Payslip"));

        var updated = await beltic.Identity.DocumentTemplates.UpdateAsync(statement.Id, new DocumentTemplateUpdateOptions { IsActive = false });
        var got = await beltic.Identity.DocumentTemplates.GetAsync(statement.Id);
        var active = await beltic.Identity.DocumentTemplates.ListAsync();
        var inactive = await beltic.Identity.DocumentTemplates.ListAsync(new DocumentTemplateListOptions { IsActive = false });
        var published = await beltic.Identity.DocumentTemplates.ListAsync(new DocumentTemplateListOptions { Status = DocumentTemplateStatus.Published, IsActive = false });
        var onInactive = await Assert.ThrowsAsync<BelticValidationException>(() =>
            beltic.Identity.Documents.CreateAsync(new DocumentCreateOptions(statement.Id, new Uri("https://files.example/s.pdf"))));
        var unknown = await Assert.ThrowsAsync<BelticNotFoundException>(() =>
            beltic.Identity.Documents.CreateAsync(new DocumentCreateOptions("tpl_nope", new Uri("https://files.example/s.pdf"))));
        await Assert.ThrowsAsync<BelticNotFoundException>(() => beltic.Identity.DocumentTemplates.GetAsync("tpl_nope"));
        var blank = await Assert.ThrowsAsync<BelticValidationException>(() =>
            beltic.Identity.DocumentTemplates.UpdateAsync(draft.Id, new DocumentTemplateUpdateOptions { Name = " " }));

        Assert.Equal(DocumentTemplateStatus.Draft, draft.Status);
        Assert.True(draft.IsActive);
        Assert.False(updated.IsActive);
        Assert.Equal("Bank statement", got.Name);
        Assert.Equal(DocumentTemplateStatus.Published, got.Status);
        Assert.False(got.FraudConfig!.Enabled);
        Assert.True(got.UpdatedAt >= got.CreatedAt);
        Assert.Equal(draft.Id, Assert.Single(active.Items).Id);
        Assert.Equal(statement.Id, Assert.Single(inactive.Items).Id);
        Assert.Equal(statement.Id, Assert.Single(published.Items).Id);
        Assert.Equal("/data/meta/document_template_id", Assert.Single(onInactive.FieldErrors).Pointer);
        Assert.Equal("/data/meta/document_template_id", Assert.Single(unknown.FieldErrors).Pointer);
        Assert.Equal("/data/attributes/name", Assert.Single(blank.FieldErrors).Pointer);
    }

    [Fact]
    public async Task A_template_key_cannot_read_documents()
    {
        await using var fake = BelticFake.CreateInMemory();
        fake.AddApiKey("sk_staging_templates", "document_templates:read", "document_templates:write");
        using var beltic = fake.CreateClient(o => o.ApiKey = "sk_staging_templates");

        await beltic.Identity.DocumentTemplates.CreateAsync(new DocumentTemplateCreateOptions("Payslip"));
        var forbidden = await Assert.ThrowsAsync<BelticForbiddenException>(() => beltic.Identity.Documents.ListAsync());

        Assert.Equal("documents:read", forbidden.MissingScope);
    }
}
