using Beltic.Identity;
using Beltic.Sdk.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Beltic.Sdk.Tests.Identity;

public class IdentityPagingAndErrorTests
{
    [Fact]
    public async Task Auto_paging_follows_links_next_and_meta_cursors_to_the_end()
    {
        using var host = new TestHost();
        // Page 1 gives the next cursor in links.next, page 2 only in meta.page_info cursors, page 3 is the last.
        host.Server.Given(Request.Create().WithPath("/v1/identity/sessions").WithParam("page%5Bafter%5D", "p2").UsingGet())
            .RespondWith(Response.Create().WithBody("""
            { "data": [ { "type": "session", "id": "s3" } ], "meta": { "page_info": { "cursors": { "start": "s3", "end": "p3" }, "hasNextPage": true } } }
            """));
        host.Server.Given(Request.Create().WithPath("/v1/identity/sessions").WithParam("page%5Bafter%5D", "p3").UsingGet())
            .RespondWith(Response.Create().WithBody("""{ "data": [ { "type": "session", "id": "s4" } ], "meta": { "page": { "hasNext": false } }, "links": { "next": null } }"""));
        host.Server.Given(Request.Create().WithPath("/v1/identity/sessions").WithParam("filter%5Bstatus%5D", "approved").UsingGet()).AtPriority(10)
            .RespondWith(Response.Create().WithBody("""
            { "data": [ { "type": "session", "id": "s1" }, { "type": "session", "id": "s2" } ], "links": { "next": "/v1/identity/sessions?filter%5Bstatus%5D=approved&page%5Bafter%5D=p2" } }
            """));
        var options = new SessionListOptions { Status = SessionStatus.Approved, PageSize = 2 };

        var ids = new List<string>();
        await foreach (var s in host.Client.Identity.Sessions.ListAutoPagingAsync(options))
        {
            ids.Add(s.Id);
        }

        Assert.Equal(["s1", "s2", "s3", "s4"], ids);
        var queries = host.Requests.Select(r => r.Query()).ToArray();
        Assert.Equal(3, queries.Length);
        Assert.All(queries, q => Assert.Equal("approved", q["filter[status]"]));
        Assert.All(queries, q => Assert.Equal("2", q["page[size]"]));
        Assert.False(queries[0].ContainsKey("page[after]"));
        Assert.Equal("p2", queries[1]["page[after]"]);
        Assert.Equal("p3", queries[2]["page[after]"]);
        Assert.Null(options.After); // the caller's options are not mutated
    }

    [Fact]
    public async Task A_page_that_claims_more_but_gives_no_cursor_is_an_error()
    {
        using var host = new TestHost();
        host.Json("GET", "/v1/identity/accounts", """{ "data": [ { "type": "account", "id": "a1" } ], "meta": { "page": { "hasNextPage": true } } }""");

        var seen = new List<string>();
        var ex = await Assert.ThrowsAsync<BelticException>(async () =>
        {
            await foreach (var a in host.Client.Identity.Accounts.ListAutoPagingAsync())
            {
                seen.Add(a.Id);
            }
        });

        Assert.Equal(["a1"], seen);
        Assert.Contains("gave no new cursor", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_422_with_json_api_errors_keeps_every_code_detail_and_pointer()
    {
        using var host = new TestHost();
        host.Json("POST", "/v1/identity/accounts", IdentityFixtures.Validation422Json, 422);

        var ex = await Assert.ThrowsAsync<BelticValidationException>(() => host.Client.Identity.Accounts.CreateAsync(new AccountCreateOptions { ExternalId = "user_42" }));

        Assert.Equal(422, (int)ex.StatusCode);
        Assert.Equal("invalid_attribute", ex.ErrorCode);
        Assert.Equal("req_01HQ422", ex.RequestId);
        Assert.Equal(
            [
                new BelticFieldError("external_id", "external_id has already been taken", "invalid_attribute", "/data/attributes/external_id"),
                new BelticFieldError("entity_type", "entity_type can't be blank", "blank", "/data/attributes/entity_type"),
            ],
            ex.FieldErrors);
        Assert.Contains("external_id has already been taken", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_api_errors_with_only_a_code_or_a_parameter_are_kept()
    {
        using var host = new TestHost();
        host.Json("GET", "/v1/identity/verifications", """
        { "errors": [ { "status": "400", "code": "invalid_filter" }, { "status": "400", "title": "Bad page size", "source": { "parameter": "page[size]" } } ] }
        """, 400);

        var ex = await Assert.ThrowsAsync<BelticValidationException>(() => host.Client.Identity.Verifications.ListAsync());

        Assert.Equal("invalid_filter", ex.ErrorCode);
        Assert.Equal(
            [new BelticFieldError(null, "invalid_filter", "invalid_filter"), new BelticFieldError("page[size]", "Bad page size", null, "page[size]")],
            ex.FieldErrors);
    }

    [Fact]
    public async Task A_404_on_get_is_the_not_found_exception()
    {
        using var host = new TestHost();
        host.Json("GET", "/v1/identity/sessions/ses_missing", """{ "errors": [ { "status": "404", "code": "not_found", "detail": "Session not found" } ] }""", 404);

        var ex = await Assert.ThrowsAsync<BelticNotFoundException>(() => host.Client.Identity.Sessions.GetAsync("ses_missing"));

        Assert.Equal("not_found", ex.ErrorCode);
        Assert.Equal("Session not found", ex.ServerMessage);
    }

    [Fact]
    public async Task A_response_of_the_wrong_type_is_a_clear_error()
    {
        using var host = new TestHost();
        host.Json("GET", "/v1/identity/sessions/ses_1", IdentityFixtures.AccountJson);

        var ex = await Assert.ThrowsAsync<BelticException>(() => host.Client.Identity.Sessions.GetAsync("ses_1"));

        Assert.Equal("Expected a resource of type 'session', but the response holds one of type 'account' (id 'acc_01HQ7Z3K9M').", ex.Message);
    }

    [Fact]
    public async Task Identity_calls_need_an_api_key()
    {
        using var host = new TestHost(o => { o.ApiKey = null; o.RequireApiKey = false; });

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => host.Client.Identity.Accounts.ListAsync());

        Assert.Contains("Identity.Accounts.ListAsync needs an API key", ex.Message, StringComparison.Ordinal);
        Assert.Empty(host.Requests);
    }
}
