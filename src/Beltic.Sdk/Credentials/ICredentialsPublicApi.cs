using Beltic.Http;
using Refit;

namespace Beltic.Credentials;

/// <summary>The key-less Credentials route, sent through a pipeline that has no API-key handler at all.</summary>
internal interface ICredentialsPublicApi
{
    [Post("/credentials/_public/verify")]
    Task<IApiResponse<CredentialVerificationResult>> VerifyAsync([Body] CredentialVerifyRequest body, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);
}
