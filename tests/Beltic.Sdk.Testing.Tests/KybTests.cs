using System.Net;
using Beltic.Businesses;
using Beltic.Identity;
using Beltic.Screenings;
using Beltic.Testing;
using Beltic.WebsiteChecks;

namespace Beltic.Sdk.Testing.Tests;

/// <summary>Business lookups, screenings and website checks through a real BelticClient, sync and async with the SDK's waits.</summary>
public class KybTests
{
    private static readonly BusinessWaitOptions QuickBusinessWait = new() { InitialInterval = TimeSpan.FromMilliseconds(10), MaxInterval = TimeSpan.FromMilliseconds(20) };
    private static readonly ScreeningWaitOptions QuickScreeningWait = new() { InitialInterval = TimeSpan.FromMilliseconds(10), MaxInterval = TimeSpan.FromMilliseconds(20) };

    [Fact]
    public async Task A_sync_lookup_answers_200_completed_and_an_async_one_201_processing_until_waited_for()
    {
        await using var fake = BelticFake.CreateInMemory();
        using var beltic = fake.CreateClient();

        var sync = await beltic.Businesses.CreateAsync(new BusinessCreateOptions("ZZ") { OfficialName = "WidgetCorp Ltd" });
        var pending = await beltic.Businesses.CreateAsync(new BusinessCreateOptions("GB") { RegistrationNumber = "01234567", Async = true });
        var done = await beltic.Businesses.WaitForCompletionAsync(pending, QuickBusinessWait);
        var list = await beltic.Businesses.ListAsync(new BusinessListOptions { IncludeTotal = true });

        Assert.Equal(HttpStatusCode.OK, sync.RawResponse!.StatusCode);
        Assert.False(sync.IsProcessing);
        Assert.Equal("WIDGETCORP LTD", sync.OfficialName);
        Assert.True(sync.IsRegistered);
        Assert.Equal("active", sync.Status);
        Assert.NotNull(sync.RegisteredAddress?.FormattedAddress);
        Assert.Single(sync.Identifiers);

        Assert.Equal(HttpStatusCode.Created, pending.RawResponse!.StatusCode);
        Assert.True(pending.IsProcessing);
        Assert.Equal(BusinessAsyncStatus.Processing, pending.AsyncStatus);
        Assert.Null(pending.OfficialName);
        Assert.False(done.IsProcessing);
        Assert.Equal("01234567", Assert.Single(done.Identifiers).Value);
        Assert.Equal("GBP", done.Capital!.Registered!.Currency);
        Assert.Equal(2, list.Total);
        Assert.Single(fake.Journal.To("GET", $"/v1/businesses/{pending.Id}"));
    }

    [Fact]
    public async Task The_country_rules_are_enforced_by_the_server_too()
    {
        await using var fake = BelticFake.CreateInMemory();
        using var raw = IdentityTestFiles.Raw(fake, fake.ApiKey);
        static string Lookup(string country, string input)
            => "{\"data\":{\"type\":\"business\",\"meta\":{\"search_parameters\":{\"country\":\"" + country + "\",\"input\":{" + input + "},\"async\":false}}}}";

        var us = await IdentityTestFiles.PostJsonAsync(raw, "/v1/businesses", Lookup("US", "\"official_name\":\"Acme\""));
        var gb = await IdentityTestFiles.PostJsonAsync(raw, "/v1/businesses", Lookup("GB", "\"official_name\":\"Acme\""));
        var zz = await IdentityTestFiles.PostJsonAsync(raw, "/v1/businesses", Lookup("ZZ", string.Empty));
        var ok = await IdentityTestFiles.PostJsonAsync(raw, "/v1/businesses", Lookup("US", "\"official_name\":\"Acme\",\"address\":\"1 Main St\""));

        Assert.Equal(422, us.Status);
        Assert.Equal("/data/meta/search_parameters/input/address", (string?)us.Body!["errors"]![0]!["source"]!["pointer"]);
        Assert.Equal(422, gb.Status);
        Assert.Equal("/data/meta/search_parameters/input/registration_number", (string?)gb.Body!["errors"]![0]!["source"]!["pointer"]);
        Assert.Equal(422, zz.Status);
        Assert.Equal(200, ok.Status);
        Assert.Equal("business", (string?)ok.Body!["type"]); // the documented bare resource
    }

    [Fact]
    public async Task A_business_verification_passes_for_an_active_registered_company_and_not_for_a_dissolved_one()
    {
        await using var fake = BelticFake.CreateInMemory();
        using var beltic = fake.CreateClient();
        var active = await beltic.Businesses.CreateAsync(new BusinessCreateOptions("ZZ") { OfficialName = "WidgetCorp Ltd" });
        var dissolved = await beltic.Businesses.CreateAsync(new BusinessCreateOptions("ZZ") { OfficialName = "Dissolved Holdings" });

        var passed = await beltic.Identity.Verifications.CreateAsync(VerificationCreateOptions.ForBusiness(active.Id));
        var failed = await beltic.Identity.Verifications.CreateAsync(VerificationCreateOptions.ForBusiness(dissolved.Id));
        await Assert.ThrowsAsync<BelticNotFoundException>(() => beltic.Identity.Verifications.CreateAsync(VerificationCreateOptions.ForBusiness("biz_nope")));

        Assert.True(passed.Passed);
        Assert.Equal(active.Id, passed.BusinessId);
        Assert.Equal(["business_dissolved"], Assert.Single(failed.FailedChecks).Reasons);
    }

    [Fact]
    public async Task A_sync_screening_of_john_doe_matches_the_sanctions_list_and_an_async_one_completes_when_waited_for()
    {
        await using var fake = BelticFake.CreateInMemory();
        using var beltic = fake.CreateClient();
        var johnDoe = new PersonScreeningQuery { NameFirst = "John", NameLast = "Doe", Birthdate = new DateOnly(1985, 1, 15), CountryCode = "US" };
        var ada = new PersonScreeningQuery { NameFirst = "Ada", NameLast = "Lovelace", CountryCode = "GB" };

        var hit = await beltic.Screenings.CreateAsync(ScreeningCreateOptions.Watchlist(johnDoe) with { ExecutionMode = ScreeningExecutionMode.Sync });
        var queued = await beltic.Screenings.CreateAsync(ScreeningCreateOptions.PoliticallyExposedPerson(ada));
        var clear = await beltic.Screenings.WaitForCompletionAsync(queued, QuickScreeningWait);
        var byId = await beltic.Screenings.WaitForCompletionAsync(hit.Id, QuickScreeningWait);

        Assert.Equal(ScreeningStatus.Completed, hit.Status);
        Assert.True(hit.HasMatch);
        var list = Assert.Single(hit.MatchedLists);
        Assert.Equal("sanction", list.ListType);
        Assert.Equal(["name_exact", "birthdate"], list.MatchTypes);
        Assert.Equal("JOHN DOE", Assert.Single(list.Entities).Name);
        Assert.Equal("1985-01-15", list.Entities[0].Birthdate);
        Assert.NotNull(hit.CompletedAt);

        Assert.True(queued.IsPending);
        Assert.Equal(ScreeningStatus.Pending, queued.Status);
        Assert.Equal(ScreeningExecutionMode.Async, queued.ExecutionMode);
        Assert.False(clear.IsPending);
        Assert.False(clear.HasMatch);
        Assert.Empty(clear.MatchedLists);
        Assert.Equal(hit.Id, byId.Id);
    }

    [Fact]
    public async Task Business_screenings_match_names_containing_sanction_and_list_with_page_info()
    {
        await using var fake = BelticFake.CreateInMemory();
        using var beltic = fake.CreateClient();
        var business = await beltic.Businesses.CreateAsync(new BusinessCreateOptions("ZZ") { OfficialName = "Sanctioned Trading Ltd" });

        var watchlist = await beltic.Screenings.CreateAsync(
            ScreeningCreateOptions.BusinessWatchlist(new BusinessScreeningQuery("Sanctioned Trading Ltd")) with { ExecutionMode = ScreeningExecutionMode.Sync, BusinessId = business.Id });
        var media = await beltic.Screenings.CreateAsync(
            ScreeningCreateOptions.BusinessAdverseMedia(new BusinessScreeningQuery("WidgetCorp Ltd")) with { ExecutionMode = ScreeningExecutionMode.Sync });
        var first = await beltic.Screenings.ListAsync(new ScreeningListOptions { PageSize = 1, IncludeTotal = true });
        var second = await beltic.Screenings.ListAsync(new ScreeningListOptions { PageSize = 1, After = first.ContinuationToken });
        var unknownAccount = await Assert.ThrowsAsync<BelticNotFoundException>(() =>
            beltic.Screenings.CreateAsync(ScreeningCreateOptions.BusinessWatchlist(new BusinessScreeningQuery("X")) with { AccountId = "acc_nope" }));

        Assert.True(watchlist.HasMatch);
        Assert.Equal(business.Id, watchlist.BusinessId);
        Assert.Equal(["name_partial"], Assert.Single(watchlist.MatchedLists).MatchTypes);
        Assert.False(media.HasMatch);
        Assert.Equal(ScreeningType.BusinessWatchlist, Assert.Single(first.Items).Type);
        Assert.True(first.HasMore);
        Assert.Equal(2, first.Total);
        Assert.Equal(media.Id, Assert.Single(second.Items).Id);
        Assert.False(second.HasMore);
        Assert.Equal("/data/relationships/account/data/id", Assert.Single(unknownAccount.FieldErrors).Pointer);
    }

    [Fact]
    public async Task A_website_check_is_a_website_check_resource_and_needs_its_scope()
    {
        await using var fake = BelticFake.CreateInMemory();
        fake.AddApiKey("sk_staging_kyb_reader", "businesses:read", "screenings:read");
        using var beltic = fake.CreateClient();
        using var reader = fake.CreateClient(o => o.ApiKey = "sk_staging_kyb_reader");

        var check = await beltic.WebsiteChecks.CreateAsync(new WebsiteCheckCreateOptions(new Uri("https://widgetcorp.example/")));
        var forbidden = await Assert.ThrowsAsync<BelticForbiddenException>(() => reader.WebsiteChecks.CreateAsync(new WebsiteCheckCreateOptions(new Uri("https://a.example/"))));
        var noLookups = await Assert.ThrowsAsync<BelticForbiddenException>(() => reader.Businesses.CreateAsync(new BusinessCreateOptions("ZZ") { OfficialName = "A" }));
        var noScreenings = await Assert.ThrowsAsync<BelticForbiddenException>(() =>
            reader.Screenings.CreateAsync(ScreeningCreateOptions.Watchlist(new PersonScreeningQuery { NameLast = "Doe" })));

        Assert.Equal("website-check", check.ResourceType);
        Assert.Equal("https://widgetcorp.example/", check.Url);
        Assert.Equal("completed", check.RawJson.GetProperty("data").GetProperty("attributes").GetProperty("status").GetString());
        Assert.Equal("website_checks:write", forbidden.MissingScope);
        Assert.Equal("businesses:write", noLookups.MissingScope);
        Assert.Equal("screenings:write", noScreenings.MissingScope);
        Assert.Empty((await reader.Screenings.ListAsync()).Items);
    }
}
