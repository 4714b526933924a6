using Beltic.Identity;

namespace Beltic.Sdk.Tests.Identity;

/// <summary>Apps mock the Identity clients by overriding the virtual members; un-overridden members say why they fail.</summary>
public class IdentityMockingTests
{
    private sealed class FakeAccounts : AccountsClient
    {
        public override Task<Account> CreateAsync(AccountCreateOptions options, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
            => Task.FromResult(new Account { ExternalId = options.ExternalId, Status = AccountStatus.Active });
    }

    private sealed class FakeIdentity : IdentityClient
    {
        public override AccountsClient Accounts { get; } = new FakeAccounts();
    }

    private sealed class FakeBeltic : BelticClient
    {
        public override IdentityClient Identity { get; } = new FakeIdentity();
    }

    [Fact]
    public async Task Overridden_members_answer_and_the_rest_explain_they_are_mocks()
    {
        var beltic = new FakeBeltic();

        var account = await beltic.Identity.Accounts.CreateAsync(new AccountCreateOptions { ExternalId = "user_42" });
        var ex = Assert.Throws<InvalidOperationException>(() => beltic.Identity.Sessions);

        Assert.Equal("user_42", account.ExternalId);
        Assert.Equal(AccountStatus.Active, account.Status);
        Assert.Equal("This FakeIdentity was created for mocking and has no connection.", ex.Message);
    }
}
