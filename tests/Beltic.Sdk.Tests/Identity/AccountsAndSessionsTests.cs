using Beltic.Identity;
using Beltic.Sdk.Tests.Support;
using Snapshooter.Xunit;

namespace Beltic.Sdk.Tests.Identity;

public class AccountsAndSessionsTests
{
    [Fact]
    public async Task Create_account_sends_the_json_api_document_and_maps_the_account()
    {
        using var host = new TestHost();
        host.Json("POST", "/v1/identity/accounts", IdentityFixtures.AccountJson, 201);

        var account = await host.Client.Identity.Accounts.CreateAsync(new AccountCreateOptions
        {
            ExternalId = "user_42",
            EntityType = EntityType.Person,
            Person = new Person { Name = new PersonName { First = "Ada", Last = "Lovelace" }, BirthDate = new DateOnly(1990, 12, 10) },
            Contact = new ContactDetails { Email = "ada@example.com", Phone = "+447700900123" },
            Address = new Address { Line1 = "10 Downing St", Locality = "London", PostalCode = "SW1A 2AA", CountryCode = "GB" },
            IdentityNumbers = [new IdentityNumber { Number = "QQ123456C", IssuingCountryCode = "GB", Class = "nin" }],
        });

        var sent = host.SingleRequest();
        Assert.Equal(TestHost.ApiKey, Json.Header(sent, "X-Api-Key"));
        Assert.True(Json.HasHeader(sent, "Idempotency-Key"));
        sent.SentJson().MatchSnapshot();

        Assert.Equal("acc_01HQ7Z3K9M", account.Id);
        Assert.Equal("user_42", account.ExternalId);
        Assert.Equal(AccountStatus.Pending, account.Status);
        Assert.Equal("Lovelace", account.Person!.Name!.Last);
        Assert.Null(account.Person.Name.Middle);
        Assert.Equal("GB", account.Address!.CountryCode);
        Assert.Equal("nin", Assert.Single(account.IdentityNumbers!).Class);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero), account.CreatedAt);
        Assert.Empty(account.SessionIds);
        Assert.Equal(201, (int)account.RawResponse!.StatusCode);
        Assert.Equal("req_201", account.RawResponse.RequestId);
    }

    [Fact]
    public async Task Business_account_sends_business_details()
    {
        using var host = new TestHost();
        host.Json("POST", "/v1/identity/accounts", IdentityFixtures.AccountJson, 201);

        await host.Client.Identity.Accounts.CreateAsync(new AccountCreateOptions
        {
            ExternalId = "biz_7",
            EntityType = EntityType.Business,
            Business = new BusinessDetails
            {
                LegalName = "WidgetCorp Ltd",
                RegistrationDate = new DateOnly(2015, 3, 1),
                Shareholders = [new Shareholder { Name = "Ada Lovelace", ShareholderType = "person", DateOfBirth = new DateOnly(1990, 12, 10), IdType = "passport", IdNumber = "P123", NumberOfShare = 5100, PercentageOfShare = 51m }],
            },
        });

        host.SingleRequest().SentJson().MatchSnapshot();
    }

    [Fact]
    public async Task List_accounts_sends_page_parameters_and_reads_the_page()
    {
        using var host = new TestHost();
        host.Json("GET", "/v1/identity/accounts", """
        { "data": [ { "type": "account", "id": "acc_1", "attributes": { "external_id": "a" } }, { "type": "account", "id": "acc_2", "attributes": { "external_id": "b" } } ],
          "meta": { "page": { "cursors": { "start": "s1", "end": "e1" }, "hasNextPage": true, "hasPreviousPage": false, "total": 3 } },
          "links": { "self": "/v1/identity/accounts", "next": "/v1/identity/accounts?page[after]=e1&page[size]=2" } }
        """);

        var page = await host.Client.Identity.Accounts.ListAsync(new AccountListOptions { PageSize = 2, IncludeTotal = true });

        var query = host.SingleRequest().Query();
        Assert.Equal("2", query["page[size]"]);
        Assert.Equal("true", query["page[total]"]);
        Assert.False(query.ContainsKey("page[after]"));
        Assert.Equal(["a", "b"], page.Items.Select(a => a.ExternalId));
        Assert.True(page.HasMore);
        Assert.Equal("e1", page.ContinuationToken);
        Assert.Equal(3, page.Total);
        Assert.Equal("req_200", page.RawResponse!.RequestId);
    }

    [Fact]
    public async Task Create_session_links_the_account()
    {
        using var host = new TestHost();
        host.Json("POST", "/v1/identity/sessions", IdentityFixtures.SessionJson, 201);

        var session = await host.Client.Identity.Sessions.CreateAsync(new SessionCreateOptions { AccountId = "acc_01HQ7Z3K9M", EntityType = EntityType.Person });

        host.SingleRequest().SentJson().MatchSnapshot();
        Assert.Equal("ses_01HQ7Z4A2B", session.Id);
        Assert.Equal(SessionStatus.Created, session.Status);
        Assert.Equal("acc_01HQ7Z3K9M", session.AccountId);
    }

    [Fact]
    public async Task Get_session_maps_attributes_behaviour_and_included_account()
    {
        using var host = new TestHost();
        host.Json("GET", "/v1/identity/sessions/ses_01HQ7Z4A2B", IdentityFixtures.SessionJson);

        var session = await host.Client.Identity.Sessions.GetAsync("ses_01HQ7Z4A2B");

        Assert.Equal("/v1/identity/sessions/ses_01HQ7Z4A2B", host.SingleRequest().RequestMessage!.Path);
        Assert.Equal("system", session.CreatorType);
        Assert.Equal(41.5, session.BehaviorAnalysis!.CompletionTimeSeconds);
        Assert.Equal("low", session.BehaviorAnalysis.ThreatLevel);
        Assert.False(session.BehaviorAnalysis.DevtoolsOpen);
        Assert.Equal(0.8, session.BehaviorAnalysis.AdditionalSignals!["mouse_entropy"].GetDouble());
        Assert.Equal(System.Text.Json.JsonValueKind.Object, session.IdentityNumbers!.Value.ValueKind);
        var account = session.Included.Find<Account>(session.AccountId);
        Assert.Equal("user_42", account!.ExternalId);
        Assert.Single(session.Included); // the session-device resource is a type the SDK does not model
    }

    [Fact]
    public async Task List_sessions_sends_filters()
    {
        using var host = new TestHost();
        host.Json("GET", "/v1/identity/sessions", """{ "data": [], "meta": { "page": { "hasNextPage": false } } }""");

        var page = await host.Client.Identity.Sessions.ListAsync(new SessionListOptions
        {
            Status = SessionStatus.MarkedForReview, EntityType = EntityType.Business, AccountId = "acc_1", SessionDeviceId = "dev_1", After = "c1",
        });

        var query = host.SingleRequest().Query();
        Assert.Contains("filter%5Bstatus%5D=marked_for_review", host.SingleRequest().RequestMessage!.Url, StringComparison.Ordinal); // brackets percent-encoded (RFC 3986)
        Assert.Equal("marked_for_review", query["filter[status]"]);
        Assert.Equal("business", query["filter[entity_type]"]);
        Assert.Equal("acc_1", query["filter[account]"]);
        Assert.Equal("dev_1", query["filter[session_device]"]);
        Assert.Equal("c1", query["page[after]"]);
        Assert.Empty(page.Items);
        Assert.False(page.HasMore);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public async Task Page_size_out_of_range_fails_before_sending(int size)
    {
        using var host = new TestHost();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => host.Client.Identity.Sessions.ListAsync(new SessionListOptions { PageSize = size }));
        Assert.Empty(host.Requests);
    }
}
