using Beltic.Businesses;
using Beltic.Screenings;
using Beltic.WebsiteChecks;

namespace Beltic.Sdk.Tests.Kyb;

/// <summary>Apps mock the KYB clients by overriding their virtual members; un-overridden members say why they fail.</summary>
public class KybMockingTests
{
    private sealed class FakeBusinesses : BusinessesClient
    {
        public override Task<Business> CreateAsync(BusinessCreateOptions options, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
            => Task.FromResult(new Business { OfficialName = options.OfficialName, IsRegistered = true });
    }

    private sealed class FakeBeltic : BelticClient
    {
        public override BusinessesClient Businesses { get; } = new FakeBusinesses();

        public override ScreeningsClient Screenings { get; } = new FakeScreenings();
    }

    private sealed class FakeScreenings : ScreeningsClient;

    [Fact]
    public async Task Overridden_members_answer_and_the_rest_explain_they_are_mocks()
    {
        var beltic = new FakeBeltic();

        var business = await beltic.Businesses.CreateAsync(new BusinessCreateOptions("ZZ") { OfficialName = "ZZ Co" });
        var screenings = await Assert.ThrowsAsync<InvalidOperationException>(() => beltic.Screenings.GetAsync("scr_1"));
        var checks = Assert.Throws<InvalidOperationException>(() => beltic.WebsiteChecks);

        Assert.Equal("ZZ Co", business.OfficialName);
        Assert.Equal("This FakeScreenings was created for mocking and has no connection.", screenings.Message);
        Assert.Equal("This BelticClient was created for mocking and has no connection.", checks.Message);
        Assert.IsAssignableFrom<WebsiteChecksClient>(new BelticClient("sk_staging_test_0123456789abcdef").WebsiteChecks);
    }
}
