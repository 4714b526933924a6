using Beltic.Credentials;
using Beltic.Testing;
using Beltic.Verification;
using Beltic.Verification.Keys;
using Beltic.Verification.Status;

namespace Beltic.Sdk.Testing.Tests;

/// <summary>Many clients at once against a flaky Beltic: every logical call lands exactly once.</summary>
public class ConcurrencyTests
{
    [Fact]
    public async Task Two_hundred_parallel_issues_under_429_503_and_dropped_connections_make_exactly_two_hundred_credentials()
    {
        await using var fake = await BelticFake.StartAsync();
        using var beltic = fake.CreateClient(o => o.MaxRetries = 10);
        fake.Faults
            .Respond("POST", "/v1/credentials", 429, count: 25, retryAfter: TimeSpan.FromSeconds(1))
            .Respond("POST", "/v1/credentials", 503, count: 25)
            .DropConnection("POST", "/v1/credentials", count: 20, afterProcessing: false)
            .DropConnection("POST", "/v1/credentials", count: 20, afterProcessing: true);

        var issued = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => beltic.Credentials.IssueAsync(CredentialIssueOptions.AgentAuthorization(
            new CredentialSubject($"agent_{i:D3}", SubjectType.Agent),
            new AgentAuthorizationClaims([new AgentPermission("wallet", ["payment_authorize"])])))));

        var stored = new List<Credential>();
        await foreach (var c in beltic.Credentials.ListAutoPagingAsync(new CredentialListOptions { Limit = 200 }))
        {
            stored.Add(c);
        }

        var jwks = await beltic.WellKnown.GetJwksAsync();
        var list = await beltic.WellKnown.GetStatusListAsync();
        var verifier = new CredentialVerifier(StaticJwksProvider.FromJson(jwks.Json), new StaticStatusListProvider().ForAnyUrl(list.Content));
        var verdicts = await Task.WhenAll(issued.Select(c => verifier.VerifyAsync(c.SignedPayload!).AsTask()));

        Assert.Equal(0, fake.Faults.Pending);                                              // every fault was hit
        Assert.Equal(200, stored.Count);                                                   // exactly 200 on the server
        Assert.Equal(200, stored.Select(c => c.Subject!.Id).Distinct().Count());           // none duplicated
        Assert.Equal(stored.Select(c => c.Id).Order(), issued.Select(c => c.Id).Order());  // each caller got the stored one
        Assert.All(verdicts, v => Assert.True(v.IsValid, v.ToString()));                   // all verify offline
        Assert.True(fake.Journal.To("POST", "/v1/credentials").Count >= 290);
    }
}
