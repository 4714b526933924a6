using Beltic.Credentials;
using Beltic.Testing;
using Beltic.Verification;
using Beltic.Verification.Keys;
using Beltic.Verification.Status;

namespace Beltic.Sdk.Testing.Tests;

/// <summary>Issue → verify offline → revoke → verify, through a real BelticClient and Beltic.Sdk.Verification, on both fake modes.</summary>
public class CredentialFlowTests
{
    public static TheoryData<bool> Modes => new() { true, false };

    private static async Task<BelticFake> Start(bool inMemory) => inMemory ? BelticFake.CreateInMemory() : await BelticFake.StartAsync();

    internal static CredentialIssueOptions Agent() => CredentialIssueOptions.AgentAuthorization(
        new CredentialSubject("agent_widgetcorp_assistant", SubjectType.Agent),
        new AgentAuthorizationClaims([new AgentPermission("wallet", ["payment_authorize"]) { Conditions = [PermissionCondition.LessThanOrEqual("transaction_amount", 50_000)] }])
        { AuthorizedCurrencies = ["USD"], SpendLimit = new SpendLimit(100_000, "USD", "P1M") });

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task An_issued_credential_verifies_offline_then_fails_once_revoked(bool inMemory)
    {
        await using var fake = await Start(inMemory);
        using var beltic = fake.CreateClient();

        var credential = await beltic.Credentials.IssueAsync(Agent());
        var jwks = await beltic.WellKnown.GetJwksAsync();
        var before = await beltic.WellKnown.GetStatusListAsync();
        var verifier = new CredentialVerifier(StaticJwksProvider.FromJson(jwks.Json), new StaticStatusListProvider().ForAnyUrl(before.Content));
        var valid = await verifier.VerifyAsync(credential.SignedPayload!, new VerificationContext
        {
            Transaction = TransactionContext.Create("wallet", "payment_authorize", "wal_1", 12_000, "USD"),
        });

        await beltic.Credentials.RevokeAsync(credential.Id, RevocationReason.Compromised);
        var after = await beltic.WellKnown.GetStatusListAsync();
        var revoked = await new CredentialVerifier(StaticJwksProvider.FromJson(jwks.Json), new StaticStatusListProvider().ForAnyUrl(after.Content))
            .VerifyAsync(credential.SignedPayload!);

        Assert.True(valid.IsValid, valid.ToString());
        Assert.Equal("agent_authorization", valid.Credential!.CredentialType);
        Assert.Equal(VerificationCodes.Revoked, revoked.Code);
        Assert.Equal("public, max-age=3600", jwks.RawResponse!.Headers["Cache-Control"][0]);
        Assert.Equal("public, max-age=60", after.RawResponse!.Headers["Cache-Control"][0]);
    }

    [Fact]
    public async Task Server_verify_runs_the_same_seven_steps_and_answers_in_the_documented_shape()
    {
        await using var fake = BelticFake.CreateInMemory();
        using var beltic = fake.CreateClient();
        var credential = await beltic.Credentials.IssueAsync(Agent());

        var allowed = await beltic.Credentials.VerifyAsync(credential.SignedPayload!, new CredentialVerificationContext
            { ResourceType = "wallet", Action = "payment_authorize", TransactionAmount = 12_000, TransactionCurrency = "USD" });
        var overLimit = await beltic.Credentials.PublicVerifyAsync(credential.SignedPayload!, new CredentialVerificationContext
            { ResourceType = "wallet", Action = "payment_authorize", TransactionAmount = 75_000, TransactionCurrency = "USD" });

        Assert.True(allowed.Valid);
        Assert.Equal(credential.Id, allowed.CredentialId);
        Assert.False(overLimit.Valid);
        Assert.Equal("policy_denied", overLimit.Reason);
    }
}
