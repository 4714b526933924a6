using Beltic.Credentials;
using Beltic.Identity;
using Beltic.Sdk.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Beltic.Sdk.Tests.Pattern;

/// <summary>One pageable type for every list, whatever the wire shape: items, pages, continuation tokens, raw responses.</summary>
public class PageableTests
{
    private static void StubCredentialPages(TestHost host)
    {
        host.Server.Given(Request.Create().WithPath("/v1/credentials").WithParam("cursor", "c2").UsingGet())
            .RespondWith(Response.Create().WithHeader("X-Request-Id", "req_p2").WithBody(CredentialFixtures.Page(null, "cred_3")));
        host.Server.Given(Request.Create().WithPath("/v1/credentials").WithParam("cursor", "c1").UsingGet())
            .RespondWith(Response.Create().WithHeader("X-Request-Id", "req_p1").WithBody(CredentialFixtures.Page("c2", "cred_2")));
        host.Server.Given(Request.Create().WithPath("/v1/credentials").UsingGet()).AtPriority(10)
            .RespondWith(Response.Create().WithHeader("X-Request-Id", "req_p0").WithBody(CredentialFixtures.Page("c1", "cred_1")));
    }

    [Fact]
    public async Task Items_pages_tokens_and_raw_responses_of_a_flat_cursor_list()
    {
        using var host = new TestHost();
        StubCredentialPages(host);
        var pageable = host.Client.Credentials.ListAutoPagingAsync(new CredentialListOptions { Limit = 1 });

        var ids = new List<string>();
        await foreach (var c in pageable)
        {
            ids.Add(c.Id);
        }

        var pages = new List<BelticPage<Credential>>();
        await foreach (var page in pageable.AsPages())
        {
            pages.Add(page);
        }

        Assert.Equal(["cred_1", "cred_2", "cred_3"], ids);
        Assert.Equal(["c1", "c2", null], pages.Select(p => p.ContinuationToken));
        Assert.Equal(["req_p0", "req_p1", "req_p2"], pages.Select(p => p.RawResponse!.RequestId));
        Assert.Equal(9, pages[0].Total);
        Assert.All(host.Requests, r => Assert.Equal("1", r.RequestMessage!.Query!["limit"].ToString()));
    }

    [Fact]
    public async Task Paging_resumes_from_a_continuation_token_and_never_mutates_the_options()
    {
        using var host = new TestHost();
        StubCredentialPages(host);
        var options = new CredentialListOptions { Limit = 1, SubjectId = "biz_1" };

        var resumed = new List<string>();
        await foreach (var page in host.Client.Credentials.ListAutoPagingAsync(options).AsPages("c2"))
        {
            resumed.AddRange(page.Items.Select(c => c.Id));
        }

        Assert.Equal(["cred_3"], resumed);
        var sent = Assert.Single(host.Requests);
        Assert.Equal("c2", sent.RequestMessage!.Query!["cursor"].ToString());
        Assert.Equal("biz_1", sent.RequestMessage.Query["subject_id"].ToString());
        Assert.Null(options.Cursor);
    }

    [Fact]
    public async Task A_json_api_list_pages_through_links_next_with_the_same_type()
    {
        using var host = new TestHost();
        host.Server.Given(Request.Create().WithPath("/v1/identity/accounts").WithParam("page%5Bafter%5D", "n1").UsingGet())
            .RespondWith(Response.Create().WithBody(IdentityFixtures.AccountPage(null, "acc_2")));
        host.Server.Given(Request.Create().WithPath("/v1/identity/accounts").UsingGet()).AtPriority(10)
            .RespondWith(Response.Create().WithBody(IdentityFixtures.AccountPage("n1", "acc_1")));

        var pages = new List<BelticPage<Account>>();
        await foreach (var page in host.Client.Identity.Accounts.ListAutoPagingAsync(new AccountListOptions { PageSize = 1 }).AsPages())
        {
            pages.Add(page);
        }

        Assert.Equal(["acc_1", "acc_2"], pages.SelectMany(p => p.Items).Select(a => a.Id));
        Assert.Equal(["n1", null], pages.Select(p => p.ContinuationToken));
        Assert.Equal("1", host.Requests[1].Query()["page[size]"]);
        Assert.Equal("n1", host.Requests[1].Query()["page[after]"]);
    }

    [Fact]
    public async Task A_page_that_says_more_follow_without_a_new_token_is_an_error_not_a_loop()
    {
        using var host = new TestHost();
        host.Server.Given(Request.Create().WithPath("/v1/credentials").UsingGet())
            .RespondWith(Response.Create().WithBody("""{"items":[],"pagination":{"next_cursor":null,"has_more":true}}"""));

        var ex = await Assert.ThrowsAsync<BelticException>(async () =>
        {
            await foreach (var _ in host.Client.Credentials.ListAutoPagingAsync())
            {
            }
        });

        Assert.Contains("no new cursor", ex.Message);
        Assert.Single(host.Requests);
    }

    [Fact]
    public async Task Bad_list_options_fail_when_the_pageable_is_created_before_anything_is_sent()
    {
        using var host = new TestHost();

        Assert.Throws<ArgumentOutOfRangeException>(() => host.Client.Credentials.ListAutoPagingAsync(new CredentialListOptions { Limit = 0 }));
        Assert.Throws<ArgumentException>(() => host.Client.Identity.Sessions.ListAutoPagingAsync(new SessionListOptions { After = "a", Before = "b" }));
        await Task.Yield();
        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task Cancelling_stops_enumeration_between_pages()
    {
        using var host = new TestHost();
        StubCredentialPages(host);
        using var cts = new CancellationTokenSource();

        var seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in host.Client.Credentials.ListAutoPagingAsync().WithCancellation(cts.Token))
            {
                seen++;
                cts.Cancel();
            }
        });

        Assert.Equal(1, seen);
        Assert.Single(host.Requests);
    }

    [Fact]
    public async Task A_pageable_can_be_built_from_pages_for_mocking()
    {
        var pageable = BelticPageable<string>.FromPages([new BelticPage<string> { Items = ["a", "b"] }, new BelticPage<string> { Items = ["c"] }]);

        var items = new List<string>();
        await foreach (var s in pageable)
        {
            items.Add(s);
        }

        var tokens = new List<string?>();
        await foreach (var page in pageable.AsPages())
        {
            tokens.Add(page.ContinuationToken);
        }

        Assert.Equal(["a", "b", "c"], items);
        Assert.Equal(["1", null], tokens);
    }
}
