using Beltic.Verification;
using Beltic.Verification.Keys;
using Beltic.Verification.Status;
using Microsoft.Extensions.Time.Testing;

namespace Beltic.Sdk.Verification.Tests.Support;

public static class Verifiers
{
    public static FakeTimeProvider Clock() => new(TestIssuer.Now);

    public static CredentialVerifier Offline(TestIssuer issuer, string? statusList = null, Action<CredentialVerifierOptions>? configure = null, string? jwks = null)
    {
        var options = new CredentialVerifierOptions();
        configure?.Invoke(options);
        var lists = new StaticStatusListProvider().ForAnyUrl(statusList ?? TestIssuer.StatusList(TestIssuer.EncodedList()));
        return new CredentialVerifier(StaticJwksProvider.FromJson(jwks ?? issuer.Jwks()), lists, options, Clock());
    }
}
