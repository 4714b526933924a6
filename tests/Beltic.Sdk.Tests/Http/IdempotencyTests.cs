using Beltic.Credentials;
using Beltic.Sdk.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Beltic.Sdk.Tests.Http;

public class IdempotencyTests
{
    private static CredentialIssueOptions Business() => CredentialIssueOptions.Business(
        new CredentialSubject("biz_widgetcorp", SubjectType.Organisation), new BusinessClaims("US-DE"));

    private static void FailOnceThenCreate(TestHost host)
    {
        host.Server.Given(Request.Create().WithPath("/v1/credentials").UsingPost()).InScenario("i").WillSetStateTo("ok")
            .RespondWith(Response.Create().WithStatusCode(503));
        host.Server.Given(Request.Create().WithPath("/v1/credentials").UsingPost()).InScenario("i").WhenStateIs("ok")
            .RespondWith(Response.Create().WithStatusCode(201).WithBody(CredentialFixtures.CredentialJson));
    }

    [Fact]
    public async Task Every_attempt_of_one_call_sends_the_same_generated_key()
    {
        using var host = new TestHost();
        FailOnceThenCreate(host);

        var (credential, _) = await host.RunAsync(() => host.Client.Credentials.IssueAsync(Business()));

        var keys = host.Requests.Select(r => Json.Header(r, "Idempotency-Key")).ToList();
        Assert.Equal(2, keys.Count);
        Assert.Equal(keys[0], keys[1]);
        Assert.True(Guid.TryParse(keys[0], out _));
        Assert.Equal(keys[0], credential.RawResponse!.IdempotencyKey);
    }

    [Fact]
    public async Task Two_calls_never_share_a_key()
    {
        using var host = new TestHost();
        host.Server.Given(Request.Create().WithPath("/v1/credentials").UsingPost()).RespondWith(Response.Create().WithStatusCode(201).WithBody(CredentialFixtures.CredentialJson));

        await host.Client.Credentials.IssueAsync(Business());
        await host.Client.Credentials.IssueAsync(Business());

        var keys = host.Requests.Select(r => Json.Header(r, "Idempotency-Key")).ToList();
        Assert.Equal(2, keys.Distinct().Count());
    }

    [Fact]
    public async Task The_callers_key_is_sent_unchanged_on_every_attempt()
    {
        using var host = new TestHost();
        FailOnceThenCreate(host);

        await host.RunAsync(() => host.Client.Credentials.IssueAsync(Business(), new RequestOptions { IdempotencyKey = "order-42-issue" }));

        Assert.All(host.Requests, r => Assert.Equal("order-42-issue", Json.Header(r, "Idempotency-Key")));
        Assert.Equal(2, host.Requests.Count);
    }

    [Fact]
    public async Task Delete_and_revoke_carry_a_key_but_get_does_not()
    {
        using var host = new TestHost();
        host.Server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(200).WithBody(CredentialFixtures.CredentialJson));

        await host.Client.Credentials.GetAsync("cred_1");
        await host.Client.Credentials.RevokeAsync("cred_1");
        await host.Client.Credentials.DeleteAsync("cred_1");

        Assert.False(Json.HasHeader(host.Requests[0], "Idempotency-Key"));
        Assert.True(Json.HasHeader(host.Requests[1], "Idempotency-Key"));
        Assert.True(Json.HasHeader(host.Requests[2], "Idempotency-Key"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("ключ")]
    public async Task An_invalid_caller_key_is_rejected_before_sending(string key)
    {
        using var host = new TestHost();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => host.Client.Credentials.IssueAsync(Business(), new RequestOptions { IdempotencyKey = key }));

        Assert.Contains("IdempotencyKey", ex.Message);
        Assert.Empty(host.Requests);
    }
}
