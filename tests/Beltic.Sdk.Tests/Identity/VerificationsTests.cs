using Beltic.Identity;
using Beltic.Sdk.Tests.Support;
using Snapshooter.Xunit;

namespace Beltic.Sdk.Tests.Identity;

public class VerificationsTests
{
    [Fact]
    public async Task Idv_verification_with_session_and_auto_update()
    {
        using var host = new TestHost();
        host.Json("POST", "/v1/identity/verifications", IdentityFixtures.VerificationJson, 201);

        var verification = await host.Client.Identity.Verifications.CreateAsync(
            VerificationCreateOptions.ForIdvDocument("doc_01HQ7Z5C3D") with { SessionId = "ses_01HQ7Z4A2B", AutoUpdateSession = true });

        host.SingleRequest().SentJson().MatchSnapshot();
        Assert.Equal("ver_01HQ7Z6E4F", verification.Id);
        Assert.Equal(VerificationKind.Idv, verification.Kind);
        Assert.Equal(3, verification.Checks.Count);
        var portrait = verification.Checks[1];
        Assert.Equal(CheckStatus.Failed, portrait.Status);
        Assert.Equal(CheckRequirement.Required, portrait.Requirement);
        Assert.Equal(0.41, portrait.Metadata!.Value.GetProperty("similarity").GetDouble());
        Assert.Equal(CheckStatus.NotApplicable, verification.Checks[2].Status);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 10, 0, 7, TimeSpan.Zero), verification.CompletedAt);
        Assert.Equal("ses_01HQ7Z4A2B", verification.SessionId);
    }

    [Fact]
    public async Task Address_verification_without_session()
    {
        using var host = new TestHost();
        host.Json("POST", "/v1/identity/verifications", IdentityFixtures.VerificationJson.Replace("verification/idv", "verification/address"), 201);

        var verification = await host.Client.Identity.Verifications.CreateAsync(VerificationCreateOptions.ForAddressDocument("doc_addr"));

        host.SingleRequest().SentJson().MatchSnapshot();
        Assert.Equal(VerificationKind.Address, verification.Kind);
    }

    [Fact]
    public async Task Business_verification_relates_the_business()
    {
        using var host = new TestHost();
        host.Json("POST", "/v1/identity/verifications", """
        { "data": { "type": "verification/business", "id": "ver_b", "attributes": { "status": "passed", "checks": [ { "name": "business_registered", "status": "passed", "reasons": [], "requirement": "required", "metadata": {} } ] },
            "relationships": { "business": { "data": { "type": "business", "id": "bus_1" } }, "session": { "data": { "type": "session", "id": "ses_1" } } } } }
        """, 201);

        var verification = await host.Client.Identity.Verifications.CreateAsync(VerificationCreateOptions.ForBusiness("bus_1") with { SessionId = "ses_1", AutoUpdateSession = false });

        host.SingleRequest().SentJson().MatchSnapshot();
        Assert.True(verification.Passed);
        Assert.Equal("bus_1", verification.BusinessId);
        Assert.Null(verification.DocumentId);
        Assert.Empty(verification.FailedChecks);
    }

    [Fact]
    public async Task Auto_update_without_a_session_fails_before_sending()
    {
        using var host = new TestHost();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => host.Client.Identity.Verifications.CreateAsync(VerificationCreateOptions.ForIdvDocument("doc_1") with { AutoUpdateSession = true }));

        Assert.Contains("AutoUpdateSession needs a SessionId", ex.Message, StringComparison.Ordinal);
        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task List_sends_filters_and_reads_has_next_meta()
    {
        using var host = new TestHost();
        host.Json("GET", "/v1/identity/verifications", """
        { "data": [ { "type": "verification/idv", "id": "ver_1", "attributes": { "status": "requires_retry" } } ],
          "meta": { "page": { "size": 1, "hasNext": true, "hasPrevious": false, "total": 9 } },
          "links": { "self": "/v1/identity/verifications?page[size]=1", "first": "/v1/identity/verifications?page[size]=1", "last": null,
                     "next": "/v1/identity/verifications?page%5Bafter%5D=eyJpZCI6InZlcl8xIn0%3D&page%5Bsize%5D=1", "prev": null } }
        """);

        var page = await host.Client.Identity.Verifications.ListAsync(new VerificationListOptions
        {
            Status = VerificationStatus.RequiresRetry,
            SessionId = "ses_1",
            CreatedFrom = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero),
            CreatedTo = new DateTimeOffset(2026, 11, 2, 1, 0, 0, TimeSpan.FromHours(1)),
            PageSize = 1,
        });

        var query = host.SingleRequest().Query();
        Assert.Equal("requires_retry", query["filter[status]"]);
        Assert.Equal("ses_1", query["filter[session_id]"]);
        Assert.Equal("2026-11-01T00:00:00Z", query["filter[created_at_from]"]);
        Assert.Equal("2026-11-02T00:00:00Z", query["filter[created_at_to]"]);
        Assert.Equal(VerificationStatus.RequiresRetry, Assert.Single(page.Items).Status);
        Assert.True(page.HasMore);
        Assert.Equal("eyJpZCI6InZlcl8xIn0=", page.ContinuationToken);
        Assert.Equal(9, page.Total);
    }
}
