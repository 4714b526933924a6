using Beltic.Identity;
using Beltic.Sdk.Tests.Support;
using Snapshooter.Xunit;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Beltic.Sdk.Tests.Identity;

public class DocumentUploadTests
{
    private static FileUpload Jpeg(string name = "front.jpg", int size = 4000) => FileUpload.FromStream(new MemoryStream(TestImages.Jpeg(size)), name, "image/jpeg");

    [Fact]
    public async Task Create_idv_document_declares_files_and_exposes_the_upload_urls()
    {
        using var host = new TestHost();
        host.Json("POST", "/v1/identity/documents/idvs", IdentityFixtures.IdvDocumentJson("https://files.beltic.com"), 201);

        var document = await host.Client.Identity.IdvDocuments.CreateAsync(new IdvDocumentCreateOptions { FileNames = ["front.jpg", "back.png"], SessionId = "ses_01HQ7Z4A2B" });

        host.SingleRequest().SentJson().MatchSnapshot();
        Assert.Equal(DocumentStatus.Pending, document.Status);
        Assert.Null(document.DocumentType);
        Assert.Equal(["file_01FRONT", "file_01BACK"], document.Files.Select(f => f.Id));
        Assert.Equal(["front.jpg", "back.png"], document.Files.Select(f => f.Filename));
        Assert.All(document.Files, f => Assert.Equal(FileStatus.PendingUpload, f.Status));
        Assert.Equal("ses_01HQ7Z4A2B", document.SessionId);
        Assert.Equal(
            [
                new PresignedUpload("file_01BACK", new Uri("https://files.beltic.com/uploads/file_01BACK?X-Amz-Signature=backsig"), TimeSpan.FromHours(1)),
                new PresignedUpload("file_01FRONT", new Uri("https://files.beltic.com/uploads/file_01FRONT?X-Amz-Signature=frontsig"), TimeSpan.FromHours(1)),
            ],
            document.Uploads);
    }

    [Fact]
    public async Task Standalone_idv_document_sends_no_relationships()
    {
        using var host = new TestHost();
        host.Json("POST", "/v1/identity/documents/idvs", IdentityFixtures.IdvDocumentJson("https://files.beltic.com"), 201);

        await host.Client.Identity.IdvDocuments.CreateAsync(new IdvDocumentCreateOptions { FileNames = ["passport.jpg"] });

        Assert.Equal("""{"data":{"type":"document/idv","attributes":{"files":[{"filename":"passport.jpg"}]}}}""", Json.Body(host.SingleRequest()));
    }

    [Fact]
    public async Task Upload_without_a_session_puts_one_file_without_the_api_key_and_reports_progress()
    {
        using var host = new TestHost();
        host.Json("POST", "/v1/identity/documents/idvs", IdentityFixtures.IdvDocumentJson(host.Server.Url!).Replace("""{ "id": "file_01BACK", "filename": "back.png", "status": "pending_upload" }""", """{ "id": "file_01BACK", "filename": "other.png", "status": "pending_upload" }"""), 201);
        host.Server.Given(Request.Create().WithPath("/uploads/*").UsingPut()).RespondWith(Response.Create().WithStatusCode(200));
        var bytes = TestImages.Jpeg(200_000);
        var progress = new List<long>();

        await host.Client.Identity.IdvDocuments.CreateAndUploadAsync(new IdvDocumentUploadOptions(FileUpload.FromStream(new MemoryStream(bytes), "front.jpg", "image/jpeg"))
        {
            ProgressHandler = new SyncProgress(progress),
        });

        var put = host.Requests.Single(r => r.RequestMessage!.Method == "PUT");
        Assert.Equal("/uploads/file_01FRONT", put.RequestMessage!.Path);
        Assert.Equal("frontsig", put.RequestMessage.Query!["X-Amz-Signature"].ToString());
        Assert.False(Json.HasHeader(put, "X-Api-Key"));
        Assert.False(Json.HasHeader(put, "Idempotency-Key"));
        Assert.StartsWith("beltic-dotnet/", Json.Header(put, "User-Agent"), StringComparison.Ordinal);
        Assert.Equal(bytes, put.RequestMessage.BodyAsBytes);
        Assert.True(progress.Count >= 3, "a 200 kB file is sent in several chunks");
        Assert.Equal(progress.Order(), progress);
        Assert.Equal(bytes.Length, progress[^1]);
        Assert.DoesNotContain("frontsig", host.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_upload_attempt_is_retried_with_the_same_bytes()
    {
        using var host = new TestHost();
        host.Json("POST", "/v1/identity/documents/idvs", IdentityFixtures.IdvDocumentJson(host.Server.Url!), 201);
        var attempts = 0;
        host.Server.Given(Request.Create().WithPath("/uploads/*").UsingPut())
            .RespondWith(Response.Create().WithCallback(_ => new WireMock.ResponseMessage { StatusCode = Interlocked.Increment(ref attempts) == 1 ? 503 : 200 }));
        var front = TestImages.Jpeg(50_000);

        await host.RunAsync(() => host.Client.Identity.IdvDocuments.CreateAndUploadAsync(
            new IdvDocumentUploadOptions(FileUpload.FromStream(new MemoryStream(front), "front.jpg", "image/jpeg")) { Back = FileUpload.FromStream(new MemoryStream(TestImages.Png(900)), "back.png", null) }));

        var puts = host.Requests.Where(r => r.RequestMessage!.Method == "PUT").ToArray();
        Assert.Equal(["/uploads/file_01FRONT", "/uploads/file_01FRONT", "/uploads/file_01BACK"], puts.Select(p => p.RequestMessage!.Path));
        Assert.Equal(front, puts[1].RequestMessage!.BodyAsBytes);
        Assert.Equal("image/png", Json.Header(puts[2], "Content-Type")); // recognised from the content
    }

    [Fact]
    public async Task A_rejected_upload_surfaces_the_storage_error()
    {
        using var host = new TestHost();
        host.Json("POST", "/v1/identity/documents/idvs", IdentityFixtures.IdvDocumentJson(host.Server.Url!), 201);
        host.Server.Given(Request.Create().WithPath("/uploads/*").UsingPut())
            .RespondWith(Response.Create().WithStatusCode(403).WithBody("<Error><Code>SignatureDoesNotMatch</Code></Error>"));

        var ex = await Assert.ThrowsAsync<BelticForbiddenException>(() => host.Client.Identity.IdvDocuments.CreateAndUploadAsync(new IdvDocumentUploadOptions(Jpeg())));

        Assert.Contains("SignatureDoesNotMatch", ex.Message, StringComparison.Ordinal);
        Assert.Equal("PUT", ex.Details.Method);
        Assert.Equal("/uploads/file_01FRONT", ex.Details.Path);
    }

    public static TheoryData<string, Func<FileUpload>, string> BadFiles => new()
    {
        { "empty", () => FileUpload.FromStream(new MemoryStream(), "front.jpg", "image/jpeg"), "Document file 'front.jpg' is empty." },
        { "gif", () => FileUpload.FromStream(new MemoryStream("GIF89a......"u8.ToArray()), "front.gif", "image/gif"), "content type 'image/gif' is not accepted" },
        { "mismatch", () => FileUpload.FromStream(new MemoryStream(TestImages.Png(100)), "front.jpg", "image/jpeg"), "declared as 'image/jpeg' but its content looks like 'image/png'" },
        { "unknown", () => FileUpload.FromStream(new MemoryStream("hello world"u8.ToArray()), "notes.txt", null), "could not be recognised" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Bad_files_are_rejected_before_any_request(string label, Func<FileUpload> file, string expected)
    {
        using var host = new TestHost();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => host.Client.Identity.IdvDocuments.CreateAndUploadAsync(new IdvDocumentUploadOptions(Jpeg("ok.jpg")) { Back = file() }));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.Empty(host.Requests);
        Assert.NotNull(label);
    }

    [Fact]
    public void Low_level_file_declarations_check_type_and_size()
    {
        var ok = new DocumentFileCreateOptions("bill.pdf", "Application/PDF; charset=binary", 10);
        var gif = Assert.Throws<ArgumentException>(() => new DocumentFileCreateOptions("a.gif", "image/gif", 10));

        Assert.Equal("application/pdf", ok.ContentType);
        Assert.StartsWith("Document file 'a.gif': content type 'image/gif' is not accepted; use one of: application/pdf,", gif.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentFileCreateOptions("a.pdf", "application/pdf", 0));
    }

    [Fact]
    public async Task Two_files_with_the_same_name_are_rejected_before_any_request()
    {
        using var host = new TestHost();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => host.Client.Identity.IdvDocuments.CreateAndUploadAsync(new IdvDocumentUploadOptions(Jpeg("id.jpg")) { Back = Jpeg("id.jpg") }));

        Assert.Contains("Two files are named 'id.jpg'", ex.Message, StringComparison.Ordinal);
        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task A_plain_http_upload_url_off_loopback_is_refused()
    {
        using var host = new TestHost();
        host.Json("POST", "/v1/identity/documents/idvs", IdentityFixtures.IdvDocumentJson("http://files.example.net"), 201);

        var ex = await Assert.ThrowsAsync<BelticException>(() => host.Client.Identity.IdvDocuments.CreateAndUploadAsync(new IdvDocumentUploadOptions(Jpeg())));

        Assert.Contains("not https", ex.Message, StringComparison.Ordinal);
        Assert.Single(host.Requests); // only the create call
    }

    [Fact]
    public async Task Upload_from_a_file_path_streams_the_file()
    {
        using var host = new TestHost();
        host.Json("POST", "/v1/identity/documents/idvs", IdentityFixtures.IdvDocumentJson(host.Server.Url!), 201);
        host.Server.Given(Request.Create().WithPath("/uploads/*").UsingPut()).RespondWith(Response.Create().WithStatusCode(200));
        var dir = Directory.CreateTempSubdirectory("beltic-upload-");
        var path = Path.Combine(dir.FullName, "front.jpg");
        var bytes = TestImages.Jpeg(10_000);
        await File.WriteAllBytesAsync(path, bytes);
        try
        {
            await host.Client.Identity.IdvDocuments.CreateAndUploadAsync(new IdvDocumentUploadOptions(FileUpload.FromFile(path)));
        }
        finally
        {
            dir.Delete(recursive: true);
        }

        var create = Json.Parse(Json.Body(host.Requests[0]));
        Assert.Equal("front.jpg", create.GetProperty("data").GetProperty("attributes").GetProperty("files")[0].GetProperty("filename").GetString());
        var put = host.Requests[1];
        Assert.Equal(bytes, put.RequestMessage!.BodyAsBytes);
        Assert.Equal("image/jpeg", Json.Header(put, "Content-Type"));
    }

    [Fact]
    public async Task Add_file_to_an_idv_document_then_upload_it()
    {
        using var host = new TestHost();
        host.Json("POST", "/v1/identity/documents/idvs/doc_1/files", $$"""
        { "data": { "type": "file", "id": "file_9", "attributes": { "id": "file_9", "filename": "selfie.jpg", "content_type": "image/jpeg", "status": "pending_upload", "byte_size": 4000 } },
          "meta": { "presigned_upload_url": "{{host.Server.Url}}/uploads/file_9?X-Amz-Signature=s9", "expires_in": 900 } }
        """, 201);
        host.Server.Given(Request.Create().WithPath("/uploads/*").UsingPut()).RespondWith(Response.Create().WithStatusCode(200));

        var file = await host.Client.Identity.IdvDocuments.UploadFileAsync("doc_1", Jpeg("selfie.jpg"));

        host.Requests[0].SentJson().MatchSnapshot();
        Assert.Equal("/uploads/file_9", host.Requests[1].RequestMessage!.Path);
        Assert.False(Json.HasHeader(host.Requests[1], "X-Api-Key"));
        Assert.Equal("file_9", file.Id);
        Assert.Equal(TimeSpan.FromMinutes(15), file.Upload!.ExpiresIn);
    }

    [Fact]
    public async Task Add_file_also_understands_a_document_shaped_answer()
    {
        using var host = new TestHost();
        host.Json("POST", "/v1/identity/documents/idvs/doc_1/files", """
        { "data": { "type": "document/idv", "id": "doc_1", "attributes": { "status": "pending", "files": [ { "id": "file_a", "filename": "a.jpg", "status": "uploaded" }, { "id": "file_b", "filename": "b.jpg", "status": "pending_upload" } ] } },
          "meta": { "files": [ { "id": "file_b", "presigned_upload_url": "https://files.beltic.com/u/file_b?sig=b", "expires_in": 3600 } ] } }
        """, 201);

        var file = await host.Client.Identity.IdvDocuments.AddFileAsync("doc_1", new DocumentFileCreateOptions("b.jpg", "image/jpeg", 10));

        Assert.Equal("file_b", file.Id);
        Assert.Equal(FileStatus.PendingUpload, file.Status);
        Assert.Equal(new Uri("https://files.beltic.com/u/file_b?sig=b"), file.Upload!.Url);
    }

    [Fact]
    public async Task Address_document_upload_declares_size_and_md5_then_submits()
    {
        using var host = new TestHost();
        host.Json("POST", "/v1/identity/documents/addresses/doc_addr/files", $$"""
        { "data": { "type": "file", "id": "file_bill", "attributes": { "id": "file_bill", "filename": "bill.pdf", "content_type": "application/pdf", "status": "pending_upload", "url": null, "byte_size": 3000, "checksum": "x" } },
          "meta": { "presigned_upload_url": "{{host.Server.Url}}/uploads/file_bill?X-Amz-Signature=b", "expires_in": 3600 } }
        """, 201);
        host.Server.Given(Request.Create().WithPath("/uploads/*").UsingPut()).RespondWith(Response.Create().WithStatusCode(200));
        host.Json("POST", "/v1/identity/documents/addresses/doc_addr/submit", """
        { "data": { "type": "document/address", "id": "doc_addr",
            "attributes": { "status": "processed", "classification_type": "utility_bill", "is_valid": true, "reasoning": "Recent utility bill with matching name.",
              "name": { "first": "Ada", "middle": null, "last": "Lovelace" }, "document_number": "INV-7", "issue_date": "2026-10-01", "expiry_date": null, "issuing_authority": "Thames Water",
              "address": { "line1": "10 Downing St", "line2": null, "city": "London", "subdivision": "England", "postal_code": "SW1A 2AA", "country_code": "GB" },
              "nationality": null, "files": [ { "id": "file_bill", "filename": "bill.pdf", "status": "uploaded" } ],
              "created_at": "2026-11-20T10:00:00Z", "submitted_at": "2026-11-20T10:01:00Z", "processed_at": "2026-11-20T10:01:09Z" },
            "relationships": { "account": { "data": { "type": "account", "id": "acc_1" } }, "session": { "data": null }, "verification": { "data": { "type": "verification/address", "id": "ver_a" } } } },
          "meta": { "presigned_upload_urls": [] } }
        """);
        var pdf = TestImages.Pdf(3000);

        var document = await host.Client.Identity.AddressDocuments.UploadAndSubmitAsync("doc_addr", [FileUpload.FromStream(new MemoryStream(pdf), "bill.pdf", "application/pdf")]);

        Assert.Equal(["POST /v1/identity/documents/addresses/doc_addr/files", "PUT /uploads/file_bill", "POST /v1/identity/documents/addresses/doc_addr/submit"],
            host.Requests.Select(r => $"{r.RequestMessage!.Method} {r.RequestMessage.Path}"));
        var declared = host.Requests[0].SentJson();
        Assert.Equal(Convert.ToBase64String(System.Security.Cryptography.MD5.HashData(pdf)), declared["data"]!["attributes"]!["checksum"]!.ToString());
        declared["data"]!["attributes"]!["checksum"] = "<md5>";
        declared.MatchSnapshot();
        Assert.Equal(pdf, host.Requests[1].RequestMessage!.BodyAsBytes);
        Assert.False(Json.HasHeader(host.Requests[1], "X-Api-Key"));
        Assert.Equal(string.Empty, Json.Body(host.Requests[2]));

        Assert.Equal(DocumentStatus.Processed, document.Status);
        Assert.True(document.IsValid);
        Assert.Equal("utility_bill", document.ClassificationType);
        Assert.Equal("London", document.Address!.City);
        Assert.Equal("2026-10-01", document.IssueDate);
        Assert.Equal("acc_1", document.AccountId);
        Assert.Null(document.SessionId);
        Assert.Equal("ver_a", document.VerificationId);
        Assert.Empty(document.Uploads);
    }

    [Fact]
    public async Task Submit_maps_presigned_upload_urls_of_the_third_shape()
    {
        using var host = new TestHost();
        host.Json("POST", "/v1/identity/documents/addresses/doc_addr/submit", """
        { "data": { "type": "document/address", "id": "doc_addr", "attributes": { "status": "pending", "files": [ { "id": "file_x", "filename": "x.pdf", "status": "pending_upload" } ] } },
          "meta": { "presigned_upload_urls": [ { "file_id": "file_x", "url": "https://files.beltic.com/u/file_x?sig=x", "expires_in": 3600 } ] } }
        """);

        var document = await host.Client.Identity.AddressDocuments.SubmitAsync("doc_addr");

        Assert.Equal(new PresignedUpload("file_x", new Uri("https://files.beltic.com/u/file_x?sig=x"), TimeSpan.FromHours(1)), Assert.Single(document.Uploads));
    }

    [Fact]
    public async Task List_address_documents_follows_meta_page()
    {
        using var host = new TestHost();
        host.Json("GET", "/v1/identity/documents/addresses", """
        { "data": [ { "type": "document/address", "id": "doc_1", "attributes": { "status": "processed" } } ],
          "meta": { "page": { "cursors": { "start": "a", "end": "b" }, "hasNextPage": false, "hasPreviousPage": true, "total": 16 } } }
        """);

        var page = await host.Client.Identity.AddressDocuments.ListAsync(new AddressDocumentListOptions { Before = "z" });

        Assert.Equal("z", host.SingleRequest().Query()["page[before]"]);
        Assert.Equal("doc_1", Assert.Single(page.Items).Id);
        Assert.False(page.HasMore);
        Assert.NotNull(page.PreviousCursor);
        Assert.Equal("a", page.PreviousCursor);
        Assert.Equal(16, page.Total);
    }
}
