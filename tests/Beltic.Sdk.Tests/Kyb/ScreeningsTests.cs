using Beltic.Identity;
using Beltic.Screenings;
using Beltic.Sdk.Tests.Support;
using Snapshooter.Xunit;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Beltic.Sdk.Tests.Kyb;

public class ScreeningsTests
{
    private const string TenantKey = "sk_production_tenant_b_0123456789";

    private static PersonScreeningQuery JohnDoe() => new() { NameFirst = "John", NameLast = "Doe", Birthdate = new DateOnly(1985, 1, 15), CountryCode = "US" };

    [Fact]
    public async Task Sync_pep_screening_sends_the_reference_body_and_maps_every_match()
    {
        using var host = new TestHost();
        host.Json("POST", "/v1/screenings", KybFixtures.ScreeningJson, 201);

        var screening = await host.Client.Screenings.CreateAsync(
            ScreeningCreateOptions.PoliticallyExposedPerson(JohnDoe()) with { ExecutionMode = ScreeningExecutionMode.Sync });

        var sent = host.SingleRequest();
        KybAssert.Sent(sent, "POST", "/v1/screenings");
        Assert.True(Guid.TryParse(Json.Header(sent, "Idempotency-Key"), out _));
        sent.SentJson().MatchSnapshot();

        Assert.Equal("scr_01HQA1", screening.Id);
        Assert.Equal(ScreeningType.PoliticallyExposedPerson, screening.Type);
        Assert.Equal(ScreeningStatus.Completed, screening.Status);
        Assert.Equal(ScreeningExecutionMode.Sync, screening.ExecutionMode);
        Assert.False(screening.IsPending);
        Assert.True(screening.HasMatch);
        Assert.Equal("1985-01-15", screening.Query!.Value.GetProperty("birthdate").GetString());
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 10, 0, 1, TimeSpan.Zero), screening.StartedAt);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 10, 0, 3, TimeSpan.Zero), screening.CompletedAt);

        var list = Assert.Single(screening.MatchedLists);
        Assert.Equal(("US Congress Members", "https://www.congress.gov/members", "pep"), (list.Name, list.Url, list.ListType));
        Assert.Equal(["pep", "pep-class-1"], list.ListTypes);
        Assert.Equal(("us-congress", "US", "US"), (list.Slug, list.FlagCode, list.CountryCode));
        Assert.Equal(["name_exact", "birthdate"], list.MatchTypes);
        Assert.Equal(2, list.Entities.Count);
        var john = list.Entities[0];
        Assert.Equal(("John Doe", "primary", "1985-01-15"), (john.Name, john.AliasType, john.Birthdate));
        Assert.Equal((15, 1, 1985, "day"), (john.Birthdates[0].Day, john.Birthdates[0].Month, john.Birthdates[0].Year, john.Birthdates[0].Granularity));
        Assert.Equal((null, null, 1984, "year"), (john.Birthdates[1].Day, john.Birthdates[1].Month, john.Birthdates[1].Year, john.Birthdates[1].Granularity));
        Assert.Empty(list.Entities[1].Birthdates);
        Assert.Equal("aka", list.Entities[1].AliasType);

        var error = Assert.Single(screening.Errors);
        Assert.Equal(("source_unavailable", "EU PEP list could not be searched"), (error.Code, error.Message));
        Assert.Equal("eu-pep", error.Details!.Value.GetProperty("list").GetString());
        Assert.Equal("internal-allowlist", Assert.Single(screening.IgnoreList).GetProperty("slug").GetString());
        Assert.Equal(87, screening.RawAttributes.GetProperty("risk_score").GetInt32());

        Assert.Equal("acc_01HQ7Z3K9M", screening.AccountId);
        Assert.Null(screening.BusinessId); // data: null
        Assert.Equal("user_42", screening.Included.Find<Account>(screening.AccountId)!.ExternalId);
        Assert.Equal(201, (int)screening.RawResponse!.StatusCode);
    }

    [Fact]
    public async Task Async_watchlist_screening_links_account_and_business_and_answers_pending()
    {
        using var host = new TestHost();
        host.Json("POST", "/v1/screenings", KybFixtures.PendingScreeningJson(), 201);

        var screening = await host.Client.Screenings.CreateAsync(ScreeningCreateOptions.Watchlist(new PersonScreeningQuery { NameLast = "Doe" }) with
        {
            ExecutionMode = ScreeningExecutionMode.Async, AccountId = "acc_01HQ7Z3K9M", BusinessId = "biz_01HQ9A7K2M",
        });

        host.SingleRequest().SentJson().MatchSnapshot();
        Assert.Equal(ScreeningType.Watchlist, screening.Type);
        Assert.Equal(ScreeningStatus.Pending, screening.Status);
        Assert.True(screening.IsPending);
        Assert.Null(screening.HasMatch);
        Assert.Empty(screening.MatchedLists);
        Assert.Equal("biz_01HQ9A7K2M", screening.BusinessId);
    }

    [Fact]
    public async Task Business_watchlist_sends_the_business_query_and_leaves_execution_mode_to_the_server()
    {
        using var host = new TestHost();
        host.Json("POST", "/v1/screenings", KybFixtures.PendingScreeningJson("screening/business-watchlist"), 201);

        var screening = await host.Client.Screenings.CreateAsync(
            ScreeningCreateOptions.BusinessWatchlist(new BusinessScreeningQuery("WidgetCorp Inc.") { CountryCode = "US" }));

        host.SingleRequest().SentJson().MatchSnapshot();
        Assert.Equal(ScreeningType.BusinessWatchlist, screening.Type);
    }

    [Fact]
    public async Task Business_adverse_media_sends_the_business_query()
    {
        using var host = new TestHost();
        host.Json("POST", "/v1/screenings", KybFixtures.PendingScreeningJson("screening/business-adverse-media"), 201);

        var screening = await host.Client.Screenings.CreateAsync(
            ScreeningCreateOptions.BusinessAdverseMedia(new BusinessScreeningQuery("WidgetCorp Inc.")) with { BusinessId = "biz_01HQ9A7K2M" });

        host.SingleRequest().SentJson().MatchSnapshot();
        Assert.Equal(ScreeningType.BusinessAdverseMedia, screening.Type);
    }

    [Fact]
    public async Task A_raw_query_is_sent_exactly_as_given()
    {
        using var host = new TestHost();
        host.Json("POST", "/v1/screenings", KybFixtures.PendingScreeningJson("screening/watchlist"), 201);
        var query = Json.Parse("""{ "name_first": "Jöhn", "name_last": "Doe", "fuzziness": 0.8, "lists": ["ofac-sdn", "un-sc"] }""");

        await host.Client.Screenings.CreateAsync(ScreeningCreateOptions.FromRawQuery(ScreeningType.Watchlist, query) with { ExecutionMode = ScreeningExecutionMode.Sync });

        host.SingleRequest().SentJson().MatchSnapshot();
    }

    [Fact]
    public void Bad_queries_fail_when_the_options_are_built()
    {
        var noName = Assert.Throws<ArgumentException>(() => ScreeningCreateOptions.PoliticallyExposedPerson(new PersonScreeningQuery { Birthdate = new DateOnly(1985, 1, 15) }));
        var badCountry = Assert.Throws<ArgumentException>(() => ScreeningCreateOptions.Watchlist(new PersonScreeningQuery { NameLast = "Doe", CountryCode = "USA" }));
        var noBusiness = Assert.Throws<ArgumentException>(() => ScreeningCreateOptions.BusinessWatchlist(new BusinessScreeningQuery(" ")));
        var badType = Assert.Throws<ArgumentException>(() => ScreeningCreateOptions.FromRawQuery("watchlist", Json.Parse("{}")));
        var notObject = Assert.Throws<ArgumentException>(() => ScreeningCreateOptions.FromRawQuery(ScreeningType.Watchlist, Json.Parse("[]")));

        Assert.Contains("PersonScreeningQuery needs NameFirst or NameLast", noName.Message, StringComparison.Ordinal);
        Assert.Contains("PersonScreeningQuery.CountryCode must be an ISO 3166-1 alpha-2 code", badCountry.Message, StringComparison.Ordinal);
        Assert.Contains("BusinessScreeningQuery.Name is missing", noBusiness.Message, StringComparison.Ordinal);
        Assert.Contains("starts with \"screening/\"", badType.Message, StringComparison.Ordinal);
        Assert.Contains("JSON object", notObject.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_relationship_ids_and_paging_fail_before_sending()
    {
        using var host = new TestHost();

        await Assert.ThrowsAsync<ArgumentException>(() => host.Client.Screenings.CreateAsync(ScreeningCreateOptions.Watchlist(JohnDoe()) with { AccountId = "" }));
        await Assert.ThrowsAsync<ArgumentException>(() => host.Client.Screenings.GetAsync(""));
        Assert.Throws<ArgumentException>(() => host.Client.Screenings.ListAutoPagingAsync(new ScreeningListOptions { After = "a", Before = "b" }));

        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task Get_reads_the_screening()
    {
        using var host = new TestHost();
        host.Json("GET", "/v1/screenings/scr_01HQA1", KybFixtures.ScreeningJson);

        var screening = await host.Client.Screenings.GetAsync("scr_01HQA1");

        KybAssert.Sent(host.SingleRequest(), "GET", "/v1/screenings/scr_01HQA1");
        Assert.True(screening.HasMatch);
    }

    [Fact]
    public async Task List_pages_through_meta_page_info()
    {
        using var host = new TestHost();
        host.Server.Given(Request.Create().WithPath("/v1/screenings").WithParam("page%5Bafter%5D", "c1").UsingGet())
            .RespondWith(Response.Create().WithBody(KybFixtures.ScreeningPage(null, "scr_3")));
        host.Server.Given(Request.Create().WithPath("/v1/screenings").UsingGet()).AtPriority(10)
            .RespondWith(Response.Create().WithBody(KybFixtures.ScreeningPage("c1", "scr_1", "scr_2")));

        var pages = new List<BelticPage<Screening>>();
        await foreach (var page in host.Client.Screenings.ListAutoPagingAsync(new ScreeningListOptions { PageSize = 2 }).AsPages())
        {
            pages.Add(page);
        }

        Assert.Equal(["scr_1", "scr_2", "scr_3"], pages.SelectMany(p => p.Items).Select(s => s.Id));
        Assert.Equal(["c1", null], pages.Select(p => p.ContinuationToken));
        Assert.All(pages.SelectMany(p => p.Items), s => Assert.Equal(ScreeningType.Watchlist, s.Type));
        Assert.Equal("2", host.Requests[0].Query()["page[size]"]);
        Assert.False(host.Requests[0].Query().ContainsKey("page[after]"));
        Assert.Equal(("c1", "2"), (host.Requests[1].Query()["page[after]"], host.Requests[1].Query()["page[size]"]));
        Assert.All(host.Requests, r => Assert.Equal(("GET", "/v1/screenings"), (r.RequestMessage!.Method, r.RequestMessage.Path)));
        Assert.All(host.Requests, r => Assert.Equal(TestHost.ApiKey, Json.Header(r, "X-Api-Key")));
        Assert.All(host.Requests, r => Assert.False(Json.HasHeader(r, "Idempotency-Key")));
    }

    [Fact]
    public async Task A_503_is_retried_with_the_same_idempotency_key_and_body_so_nothing_is_screened_twice()
    {
        using var host = new TestHost();
        host.Server.Given(Request.Create().WithPath("/v1/screenings").UsingPost()).InScenario("s").WillSetStateTo("up")
            .RespondWith(Response.Create().WithStatusCode(503).WithHeader("Retry-After", "2"));
        host.Server.Given(Request.Create().WithPath("/v1/screenings").UsingPost()).InScenario("s").WhenStateIs("up")
            .RespondWith(Response.Create().WithStatusCode(201).WithBody(KybFixtures.ScreeningJson));

        var (screening, elapsed) = await host.RunAsync(() => host.Client.Screenings.CreateAsync(
            ScreeningCreateOptions.PoliticallyExposedPerson(JohnDoe()) with { ExecutionMode = ScreeningExecutionMode.Sync }, new RequestOptions { IdempotencyKey = "screen-user-42" }));

        Assert.Equal(2, host.Requests.Count);
        Assert.All(host.Requests, r => Assert.Equal("screen-user-42", Json.Header(r, "Idempotency-Key")));
        Assert.Equal(Json.Body(host.Requests[0]), Json.Body(host.Requests[1]));
        Assert.True(elapsed >= TimeSpan.FromSeconds(2)); // Retry-After honoured
        Assert.Equal("screen-user-42", screening.RawResponse!.IdempotencyKey);
    }

    [Fact]
    public async Task A_422_with_a_pointer_into_the_query_is_a_validation_exception()
    {
        using var host = new TestHost();
        host.Json("POST", "/v1/screenings", KybFixtures.Validation422(
            ("invalid_date", "birthdate must not be in the future", "/data/attributes/query/birthdate"),
            ("blank", "name_last can't be blank", "/data/attributes/query/name_last")), 422);

        var ex = await Assert.ThrowsAsync<BelticValidationException>(() => host.Client.Screenings.CreateAsync(ScreeningCreateOptions.Watchlist(JohnDoe())));

        Assert.Equal(["query.birthdate", "query.name_last"], ex.FieldErrors.Select(f => f.Field));
        Assert.Equal("/data/attributes/query/birthdate", ex.FieldErrors[0].Pointer);
        Assert.Equal("invalid_date", ex.ErrorCode);
        Assert.Single(host.Requests);
    }

    [Fact]
    public async Task The_per_call_api_key_is_used_on_every_endpoint()
    {
        using var host = new TestHost();
        host.Json("POST", "/v1/screenings", KybFixtures.PendingScreeningJson(), 201);
        host.Json("GET", "/v1/screenings/scr_01HQB2", KybFixtures.CompletedScreeningJson());
        host.Json("GET", "/v1/screenings", KybFixtures.ScreeningPage(null, "scr_1"));
        var perCall = new RequestOptions { ApiKey = TenantKey };

        await host.Client.Screenings.CreateAsync(ScreeningCreateOptions.Watchlist(JohnDoe()), perCall);
        await host.Client.Screenings.GetAsync("scr_01HQB2", perCall);
        await host.Client.Screenings.ListAsync(null, perCall);

        Assert.Equal(3, host.Requests.Count);
        Assert.All(host.Requests, r => Assert.Equal(TenantKey, Json.Header(r, "X-Api-Key")));
    }

    [Fact]
    public async Task An_answer_of_another_type_names_both_types()
    {
        using var host = new TestHost();
        host.Json("GET", "/v1/screenings/scr_1", """{ "data": { "type": "business", "id": "biz_1", "attributes": {} } }""");

        var ex = await Assert.ThrowsAsync<BelticException>(() => host.Client.Screenings.GetAsync("scr_1"));

        Assert.Contains("'screening/*'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'business'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Typed_queries_serialise_with_snake_case_and_iso_dates()
    {
        var options = ScreeningCreateOptions.Watchlist(JohnDoe());

        Assert.Equal("""{"name_first":"John","name_last":"Doe","birthdate":"1985-01-15","country_code":"US"}""", options.Query.GetRawText());
    }
}
