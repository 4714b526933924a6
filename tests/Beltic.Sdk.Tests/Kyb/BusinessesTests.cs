using Beltic.Businesses;
using Beltic.Identity;
using Beltic.Sdk.Tests.Support;
using Snapshooter.Xunit;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Beltic.Sdk.Tests.Kyb;

public class BusinessesTests
{
    private const string TenantKey = "sk_production_tenant_b_0123456789";

    [Fact]
    public async Task Sync_us_lookup_sends_search_parameters_as_meta_and_maps_the_whole_record()
    {
        using var host = new TestHost();
        host.Json("POST", "/v1/businesses", KybFixtures.BusinessJson);

        var business = await host.Client.Businesses.CreateAsync(new BusinessCreateOptions("US")
        {
            OfficialName = "WidgetCorp Inc.", Address = "1 Main St, Springfield, IL 62701", SessionId = "ses_01HQ7Z4A2B",
        });

        var sent = host.SingleRequest();
        KybAssert.Sent(sent, "POST", "/v1/businesses");
        Assert.True(Guid.TryParse(Json.Header(sent, "Idempotency-Key"), out _));
        sent.SentJson().MatchSnapshot();

        Assert.Equal("biz_01HQ9A7K2M", business.Id);
        Assert.Equal("business", business.ResourceType);
        Assert.False(business.IsProcessing);
        Assert.Null(business.AsyncStatus);
        Assert.True(business.IsRegistered);
        Assert.Equal("WIDGETCORP INC.", business.OfficialName);
        Assert.Equal("active", business.Status);
        Assert.Equal("Corporation", business.LegalForm);
        Assert.Equal("2015-03-01", business.RegistrationDate);
        Assert.Null(business.DissolutionDate);
        Assert.Equal("WidgetCorp Inc.", business.Translation!.Value.GetProperty("official_name").GetProperty("en").GetString());

        var registered = business.RegisteredAddress!;
        Assert.Equal("1 Main St, Suite 2, PO Box 77, Springfield, IL 62701, US", registered.FormattedAddress);
        Assert.Equal(("1 Main St", "Suite 2", "PO Box 77"), (registered.Street, registered.Street2, registered.PoBox));
        Assert.Equal(("Springfield", "IL", "62701", "US"), (registered.City, registered.StateOrProvince, registered.PostalCode, registered.Country));
        Assert.Equal(39.7817, registered.Latitude);
        Assert.Equal(-89.6501, registered.Longitude); // sent as a string
        Assert.Equal(("2015-03-01", null), (registered.StartDate, registered.EndDate));
        Assert.Equal("Calle Principal 1", registered.Translation!.Value.GetProperty("street").GetProperty("es").GetString());
        Assert.Equal(("San Francisco", "2024-12-31"), (business.PhysicalAddress!.City, business.PhysicalAddress.EndDate));
        Assert.Null(business.PhysicalAddress.Latitude);

        Assert.Equal([("registration_number", "5551234"), ("ein", "12-3456789")], business.Identifiers.Select(i => (i.Type, i.Value)));
        var primary = Assert.Single(business.Industry, i => i.IsPrimary == true);
        Assert.Equal(("541511", "NAICS", "Custom Computer Programming Services"), (primary.Code, primary.System, primary.Description));
        Assert.Equal(100000m, business.Capital!.Registered!.Amount);
        Assert.Equal((25000.50m, "USD"), (business.Capital.PaidUp!.Amount, business.Capital.PaidUp.Currency));

        Assert.Equal("director", business.RawAttributes.GetProperty("officers")[0].GetProperty("role").GetString());
        Assert.Equal("ses_01HQ7Z4A2B", business.SessionId);
        Assert.Equal(SessionStatus.Pending, business.Included.Find<Session>(business.SessionId)!.Status);
        Assert.Equal(200, (int)business.RawResponse!.StatusCode);
        Assert.Equal("req_200", business.RawResponse.RequestId);
        Assert.Equal(Json.Header(sent, "Idempotency-Key"), business.RawResponse.IdempotencyKey);
    }

    [Fact]
    public async Task Async_gb_lookup_answers_201_still_processing()
    {
        using var host = new TestHost();
        host.Json("POST", "/v1/businesses", KybFixtures.ProcessingJson, 201);

        var business = await host.Client.Businesses.CreateAsync(new BusinessCreateOptions("gb") { RegistrationNumber = "01234567", Async = true });

        host.SingleRequest().SentJson().MatchSnapshot(); // country upper-cased, async true, no relationships
        Assert.Equal("biz_01HQ9B", business.Id);
        Assert.True(business.IsProcessing);
        Assert.Equal(BusinessAsyncStatus.Processing, business.AsyncStatus);
        Assert.Null(business.OfficialName);
        Assert.Equal(201, (int)business.RawResponse!.StatusCode);
    }

    [Theory]
    [InlineData(KybFixtures.BusinessResource, 200, false)]           // the create example: a bare resource, no "data"
    [InlineData(KybFixtures.BusinessJson, 200, false)]
    [InlineData(KybFixtures.ProcessingResource, 201, true)]
    [InlineData(KybFixtures.ProcessingJson, 201, true)]
    public async Task Both_answer_shapes_are_read_wrapped_or_bare(string body, int status, bool processing)
    {
        using var host = new TestHost();
        host.Json("POST", "/v1/businesses", body, status);

        var business = await host.Client.Businesses.CreateAsync(new BusinessCreateOptions("ZZ") { OfficialName = "ZZ Test Holdings" });

        Assert.StartsWith("biz_01HQ9", business.Id, StringComparison.Ordinal);
        Assert.Equal(processing, business.IsProcessing);
        Assert.Equal(status, (int)business.RawResponse!.StatusCode);
        if (!processing)
        {
            Assert.Equal("Springfield", business.RegisteredAddress!.City);
            Assert.Equal("ses_01HQ7Z4A2B", business.SessionId);
        }
    }

    [Fact]
    public async Task A_201_without_async_status_is_still_processing_and_meta_async_status_counts()
    {
        using var host = new TestHost();
        host.Json("POST", "/v1/businesses", """{ "data": { "type": "business", "id": "biz_1", "attributes": {} } }""", 201);
        host.Json("GET", "/v1/businesses/biz_2", """{ "data": { "type": "business", "id": "biz_2", "attributes": {} }, "meta": { "async_status": "processing" } }""");

        var created = await host.Client.Businesses.CreateAsync(new BusinessCreateOptions("ZZ") { RegistrationNumber = "1" });
        var fetched = await host.Client.Businesses.GetAsync("biz_2");

        Assert.True(created.IsProcessing);
        Assert.True(fetched.IsProcessing);
    }

    [Theory]
    [InlineData("US", "WidgetCorp", null, null, "BusinessCreateOptions.Address is missing: a US lookup needs OfficialName and Address")]
    [InlineData("US", null, "5551234", "1 Main St", "BusinessCreateOptions.OfficialName is missing: a US lookup needs OfficialName and Address")]
    [InlineData("GB", "WidgetCorp Ltd", null, "1 High St", "BusinessCreateOptions.RegistrationNumber is missing: a GB lookup needs RegistrationNumber")]
    [InlineData("br", "Widget Ltda", null, null, "BusinessCreateOptions.RegistrationNumber is missing: a BR lookup needs RegistrationNumber")]
    [InlineData("ZZ", null, null, null, "at least one input for the test country ZZ: OfficialName, RegistrationNumber or Address")]
    [InlineData("FR", null, null, null, "at least one input for a FR lookup")]
    [InlineData("USA", "WidgetCorp", null, "1 Main St", "ISO 3166-1 alpha-2")]
    [InlineData("", "WidgetCorp", null, null, "ISO 3166-1 alpha-2")]
    [InlineData("ZZ", "  ", null, null, "BusinessCreateOptions.OfficialName is set but empty")]
    public async Task Country_rules_are_checked_before_anything_is_sent(string country, string? name, string? number, string? address, string message)
    {
        using var host = new TestHost();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => host.Client.Businesses.CreateAsync(
            new BusinessCreateOptions(country) { OfficialName = name, RegistrationNumber = number, Address = address }));

        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
        Assert.Equal("options", ex.ParamName);
        Assert.Empty(host.Requests);
    }

    [Theory]
    [InlineData("ZZ", null, null, "any address")]
    [InlineData("DE", "Widget GmbH", null, null)]
    [InlineData("BR", null, "12.345.678/0001-90", null)]
    public async Task Lookups_that_meet_their_country_rule_are_sent(string country, string? name, string? number, string? address)
    {
        using var host = new TestHost();
        host.Json("POST", "/v1/businesses", KybFixtures.BusinessResource);

        await host.Client.Businesses.CreateAsync(new BusinessCreateOptions(country) { OfficialName = name, RegistrationNumber = number, Address = address });

        var parameters = host.SingleRequest().SentJson()["data"]!["meta"]!["search_parameters"]!;
        Assert.Equal(country, (string?)parameters["country"]);
        Assert.Equal(false, (bool?)parameters["async"]);
        Assert.Equal(new[] { name, number, address }.Count(v => v is not null), parameters["input"]!.Children().Count());
    }

    [Fact]
    public async Task Get_reads_the_record_and_sends_no_idempotency_key()
    {
        using var host = new TestHost();
        host.Json("GET", "/v1/businesses/biz_01HQ9A7K2M", KybFixtures.BusinessJson);

        var business = await host.Client.Businesses.GetAsync("biz_01HQ9A7K2M");

        KybAssert.Sent(host.SingleRequest(), "GET", "/v1/businesses/biz_01HQ9A7K2M");
        Assert.Equal("WIDGETCORP INC.", business.OfficialName);
    }

    [Fact]
    public async Task List_pages_through_meta_page_info()
    {
        using var host = new TestHost();
        host.Server.Given(Request.Create().WithPath("/v1/businesses").WithParam("page%5Bafter%5D", "c1").UsingGet())
            .RespondWith(Response.Create().WithBody(KybFixtures.BusinessPage(null, "biz_3")));
        host.Server.Given(Request.Create().WithPath("/v1/businesses").UsingGet()).AtPriority(10)
            .RespondWith(Response.Create().WithBody(KybFixtures.BusinessPage("c1", "biz_1", "biz_2")));

        var first = await host.Client.Businesses.ListAsync(new BusinessListOptions { PageSize = 2, IncludeTotal = true });
        var all = new List<string>();
        await foreach (var b in host.Client.Businesses.ListAutoPagingAsync(new BusinessListOptions { PageSize = 2 }))
        {
            all.Add(b.Id);
        }

        Assert.Equal(["biz_1", "biz_2"], first.Items.Select(b => b.Id));
        Assert.True(first.HasMore);
        Assert.Equal("c1", first.ContinuationToken);
        Assert.Equal(["biz_1", "biz_2", "biz_3"], all);
        var query = host.Requests[0].Query();
        Assert.Equal(("2", "true"), (query["page[size]"], query["page[total]"]));
        Assert.Equal("c1", host.Requests[2].Query()["page[after]"]);
        Assert.All(host.Requests, r => Assert.Equal(("GET", "/v1/businesses"), (r.RequestMessage!.Method, r.RequestMessage.Path)));
        Assert.All(host.Requests, r => Assert.Equal(TestHost.ApiKey, Json.Header(r, "X-Api-Key")));
        Assert.All(host.Requests, r => Assert.False(Json.HasHeader(r, "Idempotency-Key")));
    }

    [Fact]
    public async Task A_422_with_pointers_into_the_meta_is_a_validation_exception()
    {
        using var host = new TestHost();
        host.Json("POST", "/v1/businesses", KybFixtures.Validation422(
            ("invalid_format", "registration_number is not a valid company number", "/data/meta/search_parameters/input/registration_number")), 422);

        var ex = await Assert.ThrowsAsync<BelticValidationException>(() =>
            host.Client.Businesses.CreateAsync(new BusinessCreateOptions("GB") { RegistrationNumber = "nope" }));

        Assert.Equal(422, (int)ex.StatusCode);
        Assert.Equal("req_01HQ422", ex.RequestId);
        var field = Assert.Single(ex.FieldErrors);
        Assert.Equal("search_parameters.input.registration_number", field.Field);
        Assert.Equal("/data/meta/search_parameters/input/registration_number", field.Pointer);
        Assert.Equal("invalid_format", field.Code);
        Assert.Single(host.Requests); // never retried
    }

    [Fact]
    public async Task A_503_is_retried_with_the_same_idempotency_key_and_the_same_body()
    {
        using var host = new TestHost();
        host.Server.Given(Request.Create().WithPath("/v1/businesses").UsingPost()).InScenario("lookup").WillSetStateTo("up")
            .RespondWith(Response.Create().WithStatusCode(503));
        host.Server.Given(Request.Create().WithPath("/v1/businesses").UsingPost()).InScenario("lookup").WhenStateIs("up")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(KybFixtures.BusinessResource));

        var (business, _) = await host.RunAsync(() => host.Client.Businesses.CreateAsync(
            new BusinessCreateOptions("US") { OfficialName = "WidgetCorp Inc.", Address = "1 Main St" }));

        Assert.Equal(2, host.Requests.Count);
        Assert.Equal(Json.Header(host.Requests[0], "Idempotency-Key"), Json.Header(host.Requests[1], "Idempotency-Key"));
        Assert.Equal(Json.Body(host.Requests[0]), Json.Body(host.Requests[1]));
        Assert.Equal("biz_01HQ9A7K2M", business.Id);
    }

    [Fact]
    public async Task The_per_call_api_key_and_idempotency_key_are_honoured_on_every_endpoint()
    {
        using var host = new TestHost();
        host.Json("POST", "/v1/businesses", KybFixtures.BusinessResource);
        host.Json("GET", "/v1/businesses/biz_01HQ9A7K2M", KybFixtures.BusinessJson);
        host.Json("GET", "/v1/businesses", KybFixtures.BusinessPage(null, "biz_1"));
        var perCall = new RequestOptions { ApiKey = TenantKey, IdempotencyKey = "lookup-order-42" };

        await host.Client.Businesses.CreateAsync(new BusinessCreateOptions("ZZ") { OfficialName = "Co" }, perCall);
        await host.Client.Businesses.GetAsync("biz_01HQ9A7K2M", perCall);
        await host.Client.Businesses.ListAsync(null, perCall);

        Assert.All(host.Requests, r => Assert.Equal(TenantKey, Json.Header(r, "X-Api-Key")));
        Assert.Equal("lookup-order-42", Json.Header(host.Requests[0], "Idempotency-Key"));
    }

    [Fact]
    public async Task Answers_that_are_not_a_business_fail_clearly()
    {
        using var host = new TestHost();
        host.Json("GET", "/v1/businesses/a", """{ "type": "account", "id": "acc_1", "attributes": {} }""");
        host.Json("GET", "/v1/businesses/b", """{ "result": "ok" }""");
        host.Json("GET", "/v1/businesses/c", "<html>gateway</html>");

        var wrongType = await Assert.ThrowsAsync<BelticException>(() => host.Client.Businesses.GetAsync("a"));
        var neither = await Assert.ThrowsAsync<BelticException>(() => host.Client.Businesses.GetAsync("b"));
        var notJson = await Assert.ThrowsAsync<BelticException>(() => host.Client.Businesses.GetAsync("c"));

        Assert.Contains("'business'", wrongType.Message, StringComparison.Ordinal);
        Assert.Contains("'account'", wrongType.Message, StringComparison.Ordinal);
        Assert.Contains("neither", neither.Message, StringComparison.Ordinal);
        Assert.Contains("not JSON", notJson.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_ids_and_paging_fail_before_sending()
    {
        using var host = new TestHost();

        await Assert.ThrowsAsync<ArgumentException>(() => host.Client.Businesses.GetAsync(" "));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => host.Client.Businesses.ListAsync(new BusinessListOptions { PageSize = 101 }));
        await Assert.ThrowsAsync<ArgumentException>(() => host.Client.Businesses.CreateAsync(new BusinessCreateOptions("ZZ") { OfficialName = "Co", SessionId = "" }));

        Assert.Empty(host.Requests);
    }
}
