using Beltic.Http;
using Refit;

namespace Beltic.Credentials;

/// <summary>The batch-issue routes (internal; the public API is <see cref="CredentialsClient"/>).</summary>
internal interface ICredentialBatchesApi
{
    [Post("/credentials/batch-issue")]
    Task<IApiResponse<CredentialBatchWire>> BatchIssueAsync([Body] CredentialBatchIssueRequest body, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);

    [Get("/credentials/batch-issue/{jobId}")]
    Task<IApiResponse<CredentialBatchWire>> GetBatchAsync(string jobId, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);
}
