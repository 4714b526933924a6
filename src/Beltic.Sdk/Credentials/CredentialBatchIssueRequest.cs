namespace Beltic.Credentials;

/// <summary>Wire body of <c>POST /v1/credentials/batch-issue</c> (the guide's asynchronous form, §11.2).</summary>
internal sealed record CredentialBatchIssueRequest(IReadOnlyList<CredentialIssueRequest> Credentials);
