using System.Net;
using Beltic.Credentials;
using Beltic.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Beltic.Sdk.Testing.Tests;

/// <summary>What the fake does for every route: keys and scopes, idempotency as documented, faults, the journal, rate limits.</summary>
public class CoreBehaviourTests
{
    [Fact]
    public async Task A_missing_or_unknown_key_is_401_and_a_missing_scope_is_403_in_the_documented_shape()
    {
        await using var fake = BelticFake.CreateInMemory();
        fake.AddApiKey("sk_staging_readonly_key", "credentials:read");
        using var unknown = fake.CreateClient(o => o.ApiKey = "sk_staging_not_registered");
        using var readOnly = fake.CreateClient(o => o.ApiKey = "sk_staging_readonly_key");

        var denied = await Assert.ThrowsAsync<BelticAuthenticationException>(() => unknown.Credentials.ListAsync());
        var forbidden = await Assert.ThrowsAsync<BelticForbiddenException>(() => readOnly.Credentials.IssueAsync(CredentialFlowTests.Agent()));
        var page = await readOnly.Credentials.ListAsync();

        Assert.Equal("unauthorized", denied.ErrorCode);
        Assert.Equal("forbidden", forbidden.ErrorCode);
        Assert.Equal("credentials:write", forbidden.MissingScope);
        Assert.StartsWith("req_fake_", forbidden.RequestId);
        Assert.Empty(page.Items);
    }

    [Fact]
    public async Task The_same_idempotency_key_and_body_replay_the_original_and_a_different_body_is_409()
    {
        await using var fake = BelticFake.CreateInMemory();
        using var beltic = fake.CreateClient();
        var options = new RequestOptions { IdempotencyKey = "order-42" };

        var first = await beltic.Credentials.IssueAsync(CredentialFlowTests.Agent(), options);
        var replay = await beltic.Credentials.IssueAsync(CredentialFlowTests.Agent(), options);
        var conflict = await Assert.ThrowsAsync<BelticConflictException>(() => beltic.Credentials.IssueAsync(CredentialFlowTests.Agent() with { Ttl = "P30D" }, options));
        var all = await beltic.Credentials.ListAsync();

        Assert.Equal(first.Id, replay.Id);
        Assert.Equal(first.SignedPayload, replay.SignedPayload);
        Assert.Equal("true", replay.RawResponse!.Headers["Idempotent-Replayed"][0]);
        Assert.True(conflict.IsIdempotencyKeyConflict);
        Assert.Single(all.Items);
    }

    [Fact]
    public async Task An_idempotency_key_expires_after_24_hours_of_fake_time()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        await using var fake = BelticFake.CreateInMemory(new BelticFakeOptions { TimeProvider = clock });
        using var beltic = fake.CreateClient();
        var options = new RequestOptions { IdempotencyKey = "daily-run" };

        var first = await beltic.Credentials.IssueAsync(CredentialFlowTests.Agent(), options);
        clock.Advance(TimeSpan.FromHours(23));
        var sameDay = await beltic.Credentials.IssueAsync(CredentialFlowTests.Agent(), options);
        clock.Advance(TimeSpan.FromHours(2));
        var nextDay = await beltic.Credentials.IssueAsync(CredentialFlowTests.Agent(), options);

        Assert.Equal(first.Id, sameDay.Id);
        Assert.NotEqual(first.Id, nextDay.Id);
    }

    [Fact]
    public async Task Injected_429_and_503_are_retried_by_the_client_and_seen_in_the_journal()
    {
        await using var fake = BelticFake.CreateInMemory();
        using var beltic = fake.CreateClient();
        fake.Faults.Respond("POST", "/v1/credentials", 429, retryAfter: TimeSpan.FromSeconds(1))
                   .Respond("POST", "/v1/credentials", 503);

        var credential = await beltic.Credentials.IssueAsync(CredentialFlowTests.Agent());

        var attempts = fake.Journal.To("POST", "/v1/credentials");
        Assert.Equal([429, 503, 201], attempts.Select(a => a.StatusCode));
        Assert.Single(attempts.Select(a => a.Header("Idempotency-Key")).Distinct());
        Assert.All(attempts, a => Assert.Equal("sk_staging_***", a.Header("X-Api-Key")));
        Assert.Equal(0, fake.Faults.Pending);
        Assert.Equal(credential.Id, (await beltic.Credentials.GetAsync(credential.Id)).Id);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public async Task A_connection_dropped_before_or_after_processing_is_retried_without_a_duplicate(bool afterProcessing, bool inMemory)
    {
        await using var fake = inMemory ? BelticFake.CreateInMemory() : await BelticFake.StartAsync();
        using var beltic = fake.CreateClient();
        fake.Faults.DropConnection("POST", "/v1/credentials", afterProcessing: afterProcessing);

        var credential = await beltic.Credentials.IssueAsync(CredentialFlowTests.Agent());
        var all = await beltic.Credentials.ListAsync();

        Assert.Equal([0, 201], fake.Journal.To("POST", "/v1/credentials").Select(a => a.StatusCode));
        Assert.Equal(credential.Id, Assert.Single(all.Items).Id);
    }

    [Fact]
    public async Task A_slow_answer_waits_on_the_fake_clock_and_a_route_template_matches_any_id()
    {
        var clock = new FakeTimeProvider();
        await using var fake = BelticFake.CreateInMemory(new BelticFakeOptions { TimeProvider = clock });
        using var beltic = fake.CreateClient();
        var credential = await beltic.Credentials.IssueAsync(CredentialFlowTests.Agent());
        fake.Faults.Delay("GET", "/v1/credentials/{id}", TimeSpan.FromSeconds(20));

        var slow = beltic.Credentials.GetAsync(credential.Id);
        await Task.Delay(100);
        Assert.False(slow.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(20));

        Assert.Equal(credential.Id, (await slow.WaitAsync(TimeSpan.FromSeconds(10))).Id);
    }

    [Fact]
    public async Task Rate_limits_can_be_enforced_per_key_and_tier()
    {
        var clock = new FakeTimeProvider();
        await using var fake = BelticFake.CreateInMemory(new BelticFakeOptions { TimeProvider = clock, EnforceRateLimits = true });
        using var beltic = fake.CreateClient(o => o.MaxRetries = 0);

        for (var i = 0; i < 10; i++)
        {
            await beltic.Credentials.BatchIssueAsync([CredentialFlowTests.Agent()]);
        }

        var limited = await Assert.ThrowsAsync<BelticRateLimitException>(() => beltic.Credentials.BatchIssueAsync([CredentialFlowTests.Agent()]));
        var other = await beltic.Credentials.ListAsync(); // the default tier is unaffected
        clock.Advance(TimeSpan.FromSeconds(6));
        var again = await beltic.Credentials.BatchIssueAsync([CredentialFlowTests.Agent()]);

        Assert.Equal(TimeSpan.FromSeconds(6), limited.RetryAfter);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.NotNull(other);
        Assert.NotNull(again.JobId);
    }

    [Fact]
    public async Task A_bad_issue_request_is_422_naming_the_field()
    {
        await using var fake = BelticFake.CreateInMemory();
        using var beltic = fake.CreateClient();

        var ex = await Assert.ThrowsAsync<BelticValidationException>(() => beltic.Credentials.IssueAsync(
            CredentialIssueOptions.FromRawClaims(CredentialType.Business, new CredentialSubject("biz_1", SubjectType.Organisation), System.Text.Json.JsonDocument.Parse("{}").RootElement)));

        Assert.Equal("validation_failed", ex.ErrorCode);
        Assert.Equal("claims.jurisdiction", Assert.Single(ex.FieldErrors).Field);
        Assert.DoesNotContain(fake.Journal.Requests, r => r.StatusCode == 201);
    }
}
