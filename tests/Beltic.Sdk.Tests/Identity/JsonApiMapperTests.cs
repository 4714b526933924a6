using System.Text.Json;
using Beltic.Identity;
using Beltic.Sdk.Tests.Support;
using Beltic.Serialization;
using Beltic.Serialization.JsonApi;
using Beltic.Uploads;

namespace Beltic.Sdk.Tests.Identity;

/// <summary>The generic JSON:API mapper on its own, with hand-written documents.</summary>
public class JsonApiMapperTests
{
    private static JsonApiDocument Doc(string json) => JsonSerializer.Deserialize(json, BelticJsonContext.Default.JsonApiDocument)!;

    [Fact]
    public void Reads_id_type_typed_attributes_and_to_many_relationships()
    {
        var account = IdentityMapper.ReadSingle<Account>(Doc("""
        { "data": { "type": "account", "id": "acc_1",
            "attributes": { "external_id": "u1", "entity_type": "person", "status": "active",
                            "person": { "name": { "first": "Ada", "last": "Lovelace" }, "birth_date": "1990-12-10" },
                            "identity_numbers": [ { "number": "123", "class": "ssn" } ] },
            "relationships": { "sessions": { "data": [ { "type": "session", "id": "ses_1" }, { "type": "session", "id": "ses_2" } ] },
                               "documents": { "data": [ { "type": "document/idv", "id": "doc_1" } ] } } } }
        """));

        Assert.Equal("acc_1", account.Id);
        Assert.Equal("account", account.ResourceType);
        Assert.Equal("u1", account.ExternalId);
        Assert.Equal(EntityType.Person, account.EntityType);
        Assert.Equal(AccountStatus.Active, account.Status);
        Assert.Equal("Lovelace", account.Person!.Name!.Last);
        Assert.Equal(new DateOnly(1990, 12, 10), account.Person.BirthDate);
        Assert.Equal("ssn", Assert.Single(account.IdentityNumbers!).Class);
        Assert.Equal(["ses_1", "ses_2"], account.SessionIds);
        Assert.Equal(["doc_1"], account.DocumentIds);
        Assert.Equal(new ResourceReference("document/idv", "doc_1"), Assert.Single(account.Relationships["documents"]));
    }

    [Fact]
    public void Reads_to_one_relationships_and_treats_null_and_link_only_ones_as_empty()
    {
        var session = IdentityMapper.ReadSingle<Session>(Doc("""
        { "data": { "type": "session", "id": "ses_1", "attributes": { "status": "started" },
            "relationships": { "account": { "data": { "type": "account", "id": "acc_1" } },
                               "template": { "data": null },
                               "device": { "links": { "related": "/x" } },
                               "broken": { "data": [ { "type": "file" }, 7, { "type": "file", "id": "f1" } ] } } } }
        """));

        Assert.Equal("acc_1", session.AccountId);
        Assert.Empty(session.Relationships["template"]);
        Assert.False(session.Relationships.ContainsKey("device"));
        Assert.Equal("f1", Assert.Single(session.Relationships["broken"]).Id);
    }

    [Fact]
    public void A_null_to_one_relationship_gives_a_null_id()
    {
        var verification = IdentityMapper.ReadSingle<Verification>(Doc("""
        { "data": { "type": "verification/address", "id": "ver_1", "attributes": { "status": "initiated" },
            "relationships": { "session": { "data": null }, "document": { "data": { "type": "document/address", "id": "doc_a" } } } } }
        """));

        Assert.Null(verification.SessionId);
        Assert.Equal("doc_a", verification.DocumentId);
        Assert.Equal(VerificationKind.Address, verification.Kind);
    }

    [Fact]
    public void Included_resources_are_typed_and_unknown_types_are_skipped()
    {
        var session = IdentityMapper.ReadSingle<Session>(Doc("""
        { "data": { "type": "session", "id": "ses_1", "relationships": { "account": { "data": { "type": "account", "id": "acc_1" } } } },
          "included": [
            { "type": "account", "id": "acc_1", "attributes": { "external_id": "u1" } },
            { "type": "hologram-check", "id": "h1", "attributes": { "x": 1 } },
            { "id": "no_type" },
            "not an object",
            { "type": "verification/idv", "id": "ver_1", "attributes": { "status": "passed", "checks": [] } }
          ] }
        """));

        Assert.Equal(2, session.Included.Count);
        Assert.Equal("u1", session.Included.Find<Account>(session.AccountId)!.ExternalId);
        Assert.Equal(VerificationStatus.Passed, session.Included.Find<Verification>("ver_1")!.Status);
        Assert.Null(session.Included.Find<Account>("acc_other"));
        Assert.Null(session.Included.Find<Account>(null));
        Assert.Same(session.Included, session.Included[0].Included);
        Assert.Equal("2 included resource(s)", session.Included.ToString());
        Assert.Contains("Included = 2 included resource(s)", session.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_attributes_are_ignored_and_kept_raw()
    {
        var account = IdentityMapper.ReadSingle<Account>(Doc("""
        { "data": { "type": "account", "id": "acc_1", "attributes": { "external_id": "u1", "risk_tier": "high", "nested": { "a": [1, 2] } } } }
        """));

        Assert.Equal("u1", account.ExternalId);
        Assert.Equal("high", account.RawAttributes.GetProperty("risk_tier").GetString());
    }

    [Fact]
    public void Numbers_sent_as_strings_are_read()
    {
        var account = IdentityMapper.ReadSingle<Account>(Doc("""
        { "data": { "type": "account", "id": "acc_1", "attributes": { "business": { "shareholders": [ { "name": "A", "number_of_share": "5100", "percentage_of_share": "51.00" } ] } } } }
        """));

        var holder = Assert.Single(account.Business!.Shareholders!);
        Assert.Equal(5100m, holder.NumberOfShare);
        Assert.Equal(51.00m, holder.PercentageOfShare);
    }

    [Fact]
    public void Missing_attributes_and_numeric_ids_are_tolerated()
    {
        var account = IdentityMapper.ReadSingle<Account>(Doc("""{ "data": { "type": "account", "id": 42 } }"""));

        Assert.Equal("42", account.Id);
        Assert.Null(account.ExternalId);
        Assert.Empty(account.SessionIds);
    }

    [Fact]
    public void A_type_other_than_the_expected_one_is_a_clear_error()
    {
        var ex = Assert.Throws<BelticException>(() => IdentityMapper.ReadSingle<Account>(Doc("""{ "data": { "type": "session", "id": "ses_1" } }""")));

        Assert.Equal("Expected a resource of type 'account', but the response holds one of type 'session' (id 'ses_1').", ex.Message);
    }

    [Theory]
    [InlineData("""{ "data": null }""", "holds null")]
    [InlineData("""{ "meta": {} }""", "nothing (no 'data' member)")]
    [InlineData("""{ "data": [] }""", "holds a list")]
    [InlineData("""{ "data": { "id": "x" } }""", "has no 'type'")]
    public void Data_that_is_not_one_resource_is_a_clear_error(string json, string expected)
    {
        var ex = Assert.Throws<BelticException>(() => IdentityMapper.ReadSingle<Account>(Doc(json)));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_attribute_of_the_wrong_json_type_names_the_resource()
    {
        var ex = Assert.Throws<BelticException>(() => IdentityMapper.ReadSingle<Account>(Doc("""{ "data": { "type": "account", "id": "acc_1", "attributes": { "external_id": 5 } } }""")));

        Assert.StartsWith("The attributes of the 'account' resource 'acc_1' could not be read", ex.Message, StringComparison.Ordinal);
        Assert.IsType<JsonException>(ex.InnerException);
    }

    [Fact]
    public void Lists_map_every_item_and_a_mismatched_item_fails_the_page()
    {
        var page = IdentityMapper.ReadPage<Verification>(Doc("""
        { "data": [ { "type": "verification/idv", "id": "v1", "meta": { "source": "api" } }, { "type": "verification/business", "id": "v2" } ],
          "meta": { "page": { "size": 2, "hasNext": false, "hasPrevious": false, "total": 2 } } }
        """));

        Assert.Equal(["v1", "v2"], page.Items.Select(v => v.Id));
        Assert.Equal([VerificationKind.Idv, VerificationKind.Business], page.Items.Select(v => v.Kind));
        Assert.Equal("api", page.Items[0].Meta.GetProperty("source").GetString());
        Assert.Equal(2, page.Total);
        Assert.False(page.HasMore);

        Assert.Throws<BelticException>(() => IdentityMapper.ReadPage<Verification>(Doc("""{ "data": [ { "type": "session", "id": "s" } ] }""")));
    }

    [Fact]
    public void A_single_resource_takes_the_documents_meta()
    {
        var file = IdentityMapper.ReadSingle<DocumentFile>(Doc("""
        { "data": { "type": "file", "id": "file_1", "attributes": { "id": "file_1", "filename": "bill.pdf", "status": "pending_upload", "byte_size": 1024, "checksum": "abc==" } },
          "meta": { "presigned_upload_url": "https://files.beltic.com/u/file_1?X-Amz-Signature=s", "expires_in": 3600 } }
        """));

        Assert.Equal("file_1", file.Id);
        Assert.Equal(FileStatus.PendingUpload, file.Status);
        Assert.Equal(1024, file.ByteSize);
        Assert.Equal(new PresignedUpload("file_1", new Uri("https://files.beltic.com/u/file_1?X-Amz-Signature=s"), TimeSpan.FromHours(1)), file.Upload);
    }

    [Fact]
    public void Request_documents_wrap_attributes_relationships_and_meta()
    {
        var request = JsonApiMapper.Request(
            IdentityResources.Session,
            new SessionCreateOptions { AccountId = "acc_1", EntityType = EntityType.Business },
            IdentityJsonContext.Default.SessionCreateOptions,
            JsonApiMapper.Relate(("account", IdentityResources.Account, "acc_1"), ("template", "template", null)));

        var json = JsonSerializer.Serialize(request, BelticJsonContext.Default.JsonApiRequest);

        Assert.Equal("""{"data":{"type":"session","attributes":{"entity_type":"business"},"relationships":{"account":{"data":{"type":"account","id":"acc_1"}}}}}""", json);
    }
}

/// <summary>The tolerant page-meta reader and the presigned-URL reader.</summary>
public class JsonApiMetaReaderTests
{
    private static JsonElement E(string json) => Json.Parse(json);

    [Fact]
    public void Meta_page_with_hasNextPage_and_cursors()
    {
        var p = PageMetaReader.Read(
            E("""{ "page": { "cursors": { "start": "c0", "end": "c1" }, "hasNextPage": true, "hasPreviousPage": false, "total": 31 } }"""),
            default);

        Assert.Equal(new PageInfo(true, false, "c1", null, 31), p);
    }

    [Fact]
    public void Meta_page_with_hasNext_and_a_next_link_prefers_the_links_cursor()
    {
        var p = PageMetaReader.Read(
            E("""{ "page": { "size": 15, "hasNext": true, "hasPrevious": true, "total": 40 } }"""),
            E("""{ "self": "/v1/identity/verifications", "next": "https://api.beltic.com/v1/identity/verifications?page%5Bsize%5D=15&page%5Bafter%5D=eyJ2YWx1ZXMiOnt9fQ%3D%3D", "prev": "/v1/identity/verifications?page[before]=b1" }"""));

        Assert.Equal(new PageInfo(true, true, "eyJ2YWx1ZXMiOnt9fQ==", "b1", 40), p);
    }

    [Fact]
    public void Meta_page_info_is_read_like_meta_page()
    {
        var p = PageMetaReader.Read(E("""{ "page_info": { "cursors": { "start": "s", "end": "e" }, "hasNextPage": true, "hasPreviousPage": true } }"""), default);

        Assert.Equal(new PageInfo(true, true, "e", "s", null), p);
    }

    [Fact]
    public void Without_meta_the_links_decide()
    {
        Assert.Equal(new PageInfo(true, false, "n1", null, null), PageMetaReader.Read(default, E("""{ "next": { "href": "/x?page[after]=n1" }, "prev": null }""")));
        Assert.Equal(new PageInfo(false, false, null, null, null), PageMetaReader.Read(E("{}"), E("""{ "next": null }""")));
    }

    [Fact]
    public void An_explicit_false_flag_wins_over_a_next_link()
    {
        var p = PageMetaReader.Read(E("""{ "page": { "hasNextPage": false } }"""), E("""{ "next": "/x?page[after]=stale" }"""));

        Assert.False(p.HasNext);
        Assert.Null(p.NextCursor);
    }

    [Fact]
    public void Presigned_urls_are_read_in_all_three_shapes()
    {
        var files = PresignedUploadReader.Read(E("""{ "files": [ { "id": "f1", "presigned_upload_url": "https://s3/f1?sig=1", "expires_in": 3600 }, { "id": "f2", "presigned_upload_url": "not a url" } ] }"""), null);
        var single = PresignedUploadReader.Read(E("""{ "presigned_upload_url": "https://s3/f3?sig=3", "expires_in": 600 }"""), "f3");
        var list = PresignedUploadReader.Read(E("""{ "presigned_upload_urls": [ { "file_id": "f4", "url": "https://s3/f4?sig=4", "expires_in": 60 } ] }"""), null);

        Assert.Equal([new PresignedUpload("f1", new Uri("https://s3/f1?sig=1"), TimeSpan.FromHours(1))], files);
        Assert.Equal([new PresignedUpload("f3", new Uri("https://s3/f3?sig=3"), TimeSpan.FromMinutes(10))], single);
        Assert.Equal([new PresignedUpload("f4", new Uri("https://s3/f4?sig=4"), TimeSpan.FromMinutes(1))], list);
        Assert.Empty(PresignedUploadReader.Read(E("""{ "url": "https://s3/not-an-upload" }"""), null));
        Assert.Empty(PresignedUploadReader.Read(default, null));
    }
}
