using System.Security.Cryptography;
using Beltic.Identity;
using Beltic.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Beltic.Sdk.Testing.Tests;

/// <summary>Proof-of-address uploads (size + MD5 declared and checked), submit, and what the presigned URLs refuse.</summary>
public class IdentityUploadTests
{
    [Fact]
    public async Task An_address_document_is_uploaded_with_a_verified_checksum_submitted_and_verified()
    {
        await using var fake = BelticFake.CreateInMemory();
        using var beltic = fake.CreateClient();
        var account = await beltic.Identity.Accounts.CreateAsync(IdentityFlowTests.Ada());
        var session = await beltic.Identity.Sessions.CreateAsync(new SessionCreateOptions { AccountId = account.Id });
        var documentId = fake.CreateAddressDocument(session.Id);
        var bill = IdentityTestFiles.Pdf(64_000);

        var submitted = await beltic.Identity.AddressDocuments.UploadAndSubmitAsync(documentId, [IdentityTestFiles.Upload(bill, "bill.pdf", "application/pdf")]);
        var verification = await beltic.Identity.Verifications.CreateAsync(
            VerificationCreateOptions.ForAddressDocument(documentId) with { SessionId = session.Id, AutoUpdateSession = true });
        var listed = Assert.Single((await beltic.Identity.AddressDocuments.ListAsync()).Items);

        var file = Assert.Single(submitted.Files);
        Assert.Equal(bill, fake.UploadedFile(file.Id));
        Assert.Equal(FileStatus.Uploaded, file.Status);
        Assert.Equal(Convert.ToBase64String(MD5.HashData(bill)), file.Checksum);
        Assert.Equal(bill.Length, file.ByteSize);
        var addFile = Assert.Single(fake.Journal.To("POST", $"/v1/identity/documents/addresses/{documentId}/files"));
        Assert.Contains(Convert.ToBase64String(MD5.HashData(bill)), addFile.Body, StringComparison.Ordinal);

        Assert.Equal(DocumentStatus.Processed, submitted.Status);
        Assert.True(submitted.IsValid);
        Assert.Equal("utility_bill", submitted.ClassificationType);
        Assert.Equal("Lovelace", submitted.Name!.Last);
        Assert.Equal("London", submitted.Address!.City);
        Assert.Equal(account.Id, submitted.AccountId);
        Assert.Equal(session.Id, submitted.SessionId);
        Assert.True(verification.Passed);
        Assert.Equal(verification.Id, listed.VerificationId);
        Assert.Equal(SessionStatus.Approved, (await beltic.Identity.Sessions.GetAsync(session.Id)).Status);
    }

    [Fact]
    public async Task Submitting_without_an_uploaded_file_is_422_and_an_unknown_document_404()
    {
        await using var fake = BelticFake.CreateInMemory();
        using var beltic = fake.CreateClient();
        var documentId = fake.CreateAddressDocument();
        await beltic.Identity.AddressDocuments.AddFileAsync(documentId, new DocumentFileCreateOptions("bill.pdf", "application/pdf", 10));

        var empty = await Assert.ThrowsAsync<BelticValidationException>(() => beltic.Identity.AddressDocuments.SubmitAsync(documentId));
        await Assert.ThrowsAsync<BelticNotFoundException>(() => beltic.Identity.AddressDocuments.SubmitAsync("doc_nope"));
        await Assert.ThrowsAsync<BelticNotFoundException>(() => beltic.Identity.IdvDocuments.AddFileAsync("doc_nope", new DocumentFileCreateOptions("a.jpg", "image/jpeg", 1)));

        Assert.Equal("/data/attributes/files", Assert.Single(empty.FieldErrors).Pointer);
        Assert.Equal("files_missing", empty.FieldErrors[0].Code);
    }

    [Fact]
    public async Task The_presigned_url_checks_size_type_checksum_signature_and_a_second_upload()
    {
        await using var fake = BelticFake.CreateInMemory();
        using var beltic = fake.CreateClient();
        using var raw = IdentityTestFiles.Raw(fake);
        var documentId = fake.CreateAddressDocument();
        var bill = IdentityTestFiles.Pdf(1_000);
        var checksum = Convert.ToBase64String(MD5.HashData(bill));
        var file = await beltic.Identity.AddressDocuments.AddFileAsync(
            documentId, new DocumentFileCreateOptions("bill.pdf", "application/pdf", bill.Length) { Checksum = checksum });
        var url = file.Upload!.Url;
        var forged = new Uri(url.AbsoluteUri.Replace("X-Amz-Signature=fake", "X-Amz-Signature=forged", StringComparison.Ordinal));
        var altered = bill.ToArray();
        altered[500] ^= 0xFF;

        Assert.Equal("localhost", url.Host);
        Assert.Contains("X-Amz-Signature=fake", url.Query, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromHours(1), file.Upload.ExpiresIn);
        Assert.Equal(403, await IdentityTestFiles.PutAsync(raw, forged, bill, "application/pdf"));
        Assert.Equal(400, await IdentityTestFiles.PutAsync(raw, url, bill[..999], "application/pdf"));
        Assert.Equal(403, await IdentityTestFiles.PutAsync(raw, url, bill, "image/png"));
        Assert.Equal(400, await IdentityTestFiles.PutAsync(raw, url, altered, "application/pdf"));
        Assert.Null(fake.UploadedFile(file.Id));

        Assert.Equal(200, await IdentityTestFiles.PutAsync(raw, url, bill, "application/pdf"));
        Assert.Equal(200, await IdentityTestFiles.PutAsync(raw, url, bill, "application/pdf")); // a retried PUT
        Assert.Equal(bill, fake.UploadedFile(file.Id));

        var second = await beltic.Identity.AddressDocuments.AddFileAsync(documentId, new DocumentFileCreateOptions("page2.pdf", "application/pdf", 1_000));
        Assert.Equal(200, await IdentityTestFiles.PutAsync(raw, second.Upload!.Url, bill, "application/pdf"));
        Assert.Equal(409, await IdentityTestFiles.PutAsync(raw, second.Upload.Url, altered, "application/pdf"));
    }

    [Fact]
    public async Task A_declared_size_the_bytes_do_not_match_fails_the_sdk_upload_with_a_400()
    {
        await using var fake = BelticFake.CreateInMemory();
        using var beltic = fake.CreateClient();
        var document = await beltic.Identity.IdvDocuments.CreateAsync(new IdvDocumentCreateOptions { FileNames = ["front.jpg"] });
        using var raw = IdentityTestFiles.Raw(fake);

        var file = await beltic.Identity.IdvDocuments.AddFileAsync(document.Id, new DocumentFileCreateOptions("back.jpg", "image/jpeg", 10));
        var wrongType = await IdentityTestFiles.PutAsync(raw, document.Uploads[0].Url, IdentityTestFiles.Png(100), "image/png");
        var tooBig = await IdentityTestFiles.PutAsync(raw, file.Upload!.Url, IdentityTestFiles.Jpeg(11), "image/jpeg");

        Assert.Equal(403, wrongType); // declared as front.jpg: the URL was signed for image/jpeg
        Assert.Equal(400, tooBig);
        Assert.Equal("file", file.ResourceType);
        Assert.Equal(10, file.ByteSize);
    }

    [Fact]
    public async Task Bad_add_file_attributes_are_422_with_the_pointer()
    {
        await using var fake = BelticFake.CreateInMemory();
        using var raw = IdentityTestFiles.Raw(fake, fake.ApiKey);
        var documentId = fake.CreateAddressDocument();

        var (status, body) = await IdentityTestFiles.PostJsonAsync(raw, $"/v1/identity/documents/addresses/{documentId}/files",
            """{"data":{"type":"file","attributes":{"filename":"bill.pdf","content_type":"application/pdf","byte_size":10,"checksum":"nope"}}}""");
        var (wrongType, _) = await IdentityTestFiles.PostJsonAsync(raw, $"/v1/identity/documents/addresses/{documentId}/files",
            """{"data":{"type":"account","attributes":{}}}""");

        Assert.Equal(422, status);
        Assert.Equal("/data/attributes/checksum", (string?)body!["errors"]![0]!["source"]!["pointer"]);
        Assert.Equal(409, wrongType);
    }

    [Fact]
    public async Task A_presigned_url_expires_after_an_hour_of_fake_time()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        await using var fake = BelticFake.CreateInMemory(new BelticFakeOptions { TimeProvider = clock });
        using var beltic = fake.CreateClient();
        using var raw = IdentityTestFiles.Raw(fake);
        var document = await beltic.Identity.IdvDocuments.CreateAsync(new IdvDocumentCreateOptions { FileNames = ["front.jpg", "back.jpg"] });

        clock.Advance(TimeSpan.FromMinutes(59));
        var inTime = await IdentityTestFiles.PutAsync(raw, document.Uploads[0].Url, IdentityTestFiles.Jpeg(100), "image/jpeg");
        clock.Advance(TimeSpan.FromMinutes(2));
        var late = await IdentityTestFiles.PutAsync(raw, document.Uploads[1].Url, IdentityTestFiles.Jpeg(100), "image/jpeg");

        Assert.Equal(200, inTime);
        Assert.Equal(403, late);
        Assert.Null(fake.UploadedFile(document.Files[1].Id));
    }
}
