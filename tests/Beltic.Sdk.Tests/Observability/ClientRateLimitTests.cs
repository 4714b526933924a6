using Beltic.Credentials;
using Beltic.Sdk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Beltic.Sdk.Tests.Observability;

/// <summary>Opt-in client-side rate limiting: the documented per-key tiers queue calls on fake time; a full queue fails fast.</summary>
public class ClientRateLimitTests
{
    private const string BatchJson = """{"job_id":"job_1","status":"queued","total":1,"processed":0,"succeeded":0,"failed":0}""";

    private static TestHost Host(bool limiting, int queue = 1)
    {
        var host = new TestHost(o => { o.ClientSideRateLimiting = limiting; o.RateLimitQueueLimit = queue; });
        host.Server.Given(Request.Create().WithPath("/v1/credentials/batch-issue").UsingPost()).RespondWith(Response.Create().WithBody(BatchJson));
        host.Server.Given(Request.Create().WithPath("/v1/credentials/cred_1").UsingGet()).RespondWith(Response.Create().WithBody(CredentialFixtures.CredentialJson));
        return host;
    }

    [Fact]
    public async Task Batch_issue_queues_after_its_burst_and_a_full_queue_fails_fast_without_sending()
    {
        using var host = Host(limiting: true, queue: 1);
        var batch = new[] { CredentialFixtures.Business() };

        for (var i = 0; i < 10; i++)
        {
            await host.Client.Credentials.BatchIssueAsync(batch); // the burst of 10
        }

        var queued = host.Client.Credentials.BatchIssueAsync(batch);       // waits for a permit (one every 6 s)
        await QueuedAsync(host, expected: 1);
        var rejected = await Assert.ThrowsAsync<BelticRateLimitException>(() => host.Client.Credentials.BatchIssueAsync(batch));
        await Task.Delay(50);
        Assert.False(queued.IsCompleted);
        Assert.Equal(10, host.Requests.Count);

        host.Time.Advance(TimeSpan.FromSeconds(6));
        await queued.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("client_rate_limited", rejected.ErrorCode);
        Assert.Equal(11, host.Requests.Count);
    }

    /// <summary>Waits (in real time, bounded) until the batch tier's queue holds <paramref name="expected"/> calls.</summary>
    private static async Task QueuedAsync(TestHost host, int expected)
    {
        var limiter = host.Provider.GetRequiredService<Beltic.Http.ClientRateLimiters>().For(TestHost.ApiKey, CredentialsClient.BatchIssueTier, 1);
        for (var i = 0; i < 500 && limiter.GetStatistics()!.CurrentQueuedCount != expected; i++)
        {
            await Task.Delay(10);
        }

        Assert.Equal(expected, limiter.GetStatistics()!.CurrentQueuedCount);
    }

    [Fact]
    public async Task Other_calls_use_the_default_tier_and_are_not_held_up_by_the_batch_tier()
    {
        using var host = Host(limiting: true, queue: 0);
        for (var i = 0; i < 10; i++)
        {
            await host.Client.Credentials.BatchIssueAsync([CredentialFixtures.Business()]);
        }

        await Assert.ThrowsAsync<BelticRateLimitException>(() => host.Client.Credentials.BatchIssueAsync([CredentialFixtures.Business()]));
        var credential = await host.Client.Credentials.GetAsync("cred_1");

        Assert.Equal("cred_01HQ7P4M6ABC", credential.Id);
        Assert.Equal(11, host.Requests.Count);
    }

    [Fact]
    public async Task Without_the_option_nothing_is_queued()
    {
        using var host = Host(limiting: false);

        await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => host.Client.Credentials.BatchIssueAsync([CredentialFixtures.Business()])));

        Assert.Equal(12, host.Requests.Count);
    }
}
