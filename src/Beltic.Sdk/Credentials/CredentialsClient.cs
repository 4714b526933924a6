using System.Runtime.CompilerServices;
using Beltic.Http;
using Refit;

namespace Beltic.Credentials;

/// <summary>
/// The Credentials API: issue JWT-VCs (one or in batches), list, get, verify server-side, revoke, delete, and upload
/// evidence. Reached through <see cref="BelticClient.Credentials"/>. Thread-safe.
/// </summary>
public class CredentialsClient : BelticAreaClient
{
    internal CredentialsClient(BelticConnection connection)
        : base(connection)
    {
    }

    /// <summary>For mocking.</summary>
    protected CredentialsClient()
    {
    }

    /// <summary>Issues a credential (<c>POST /v1/credentials</c>, scope <c>credentials:write</c>).</summary>
    /// <param name="options">What to issue; build it with <see cref="CredentialIssueOptions.Business"/> and siblings.</param>
    /// <param name="requestOptions">Per-call settings (idempotency key).</param>
    /// <param name="cancellationToken">Cancels the call, including any backoff wait.</param>
    /// <returns>The stored credential with its signed JWT in <see cref="Credential.SignedPayload"/>.</returns>
    public virtual Task<Credential> IssueAsync(CredentialIssueOptions options, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(options);
        var key = RequestOptions.ValidatedKey(requestOptions);
        var c = Connection;
        c.EnsureApiKey("Credentials.IssueAsync");
        return c.SendAsync(() => c.Api<ICredentialsApi>().IssueAsync(options.ToRequest(), key, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Submits many credentials at once (<c>POST /v1/credentials/batch-issue</c>). The answer is a job to poll
    /// (<see cref="WaitForBatchAsync(CredentialBatch, TimeSpan?, CancellationToken)"/>) or, if the server processes the
    /// batch synchronously, the finished results.
    /// </summary>
    /// <param name="credentials">The credentials to issue (at least one).</param>
    /// <param name="requestOptions">Per-call settings (idempotency key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The batch job.</returns>
    public virtual async Task<CredentialBatch> BatchIssueAsync(IEnumerable<CredentialIssueOptions> credentials, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(credentials);
        var items = credentials.Select((o, i) => o?.ToRequest() ?? throw new ArgumentException($"Batch item {i} is null.", nameof(credentials))).ToArray();
        if (items.Length == 0)
        {
            throw new ArgumentException("A batch needs at least one credential.", nameof(credentials));
        }

        var key = RequestOptions.ValidatedKey(requestOptions);
        var c = Connection;
        c.EnsureApiKey("Credentials.BatchIssueAsync");
        var wire = await c.SendAsync(() => c.Api<ICredentialsApi>().BatchIssueAsync(new CredentialBatchIssueRequest(items), key, cancellationToken), cancellationToken).ConfigureAwait(false);
        return wire.ToBatch();
    }

    /// <summary>Reads a batch job (<c>GET /v1/credentials/batch-issue/{jobId}</c>; the path is assumed, see README).</summary>
    /// <param name="jobId">The job id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job's current state.</returns>
    public virtual async Task<CredentialBatch> GetBatchAsync(string jobId, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(jobId);
        var c = Connection;
        c.EnsureApiKey("Credentials.GetBatchAsync");
        var wire = await c.SendAsync(() => c.Api<ICredentialsApi>().GetBatchAsync(jobId, cancellationToken), cancellationToken).ConfigureAwait(false);
        return wire.ToBatch();
    }

    /// <summary>Polls a batch job until it is <c>completed</c> or <c>failed</c>.</summary>
    /// <param name="batch">The job from <see cref="BatchIssueAsync"/>; a synchronous or finished batch returns at once.</param>
    /// <param name="pollInterval">Time between polls; default 2 s.</param>
    /// <param name="cancellationToken">Cancels the wait (use a timeout token to bound it).</param>
    /// <returns>The finished job.</returns>
    public virtual async Task<CredentialBatch> WaitForBatchAsync(CredentialBatch batch, TimeSpan? pollInterval = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(batch);
        if (batch.IsFinished || batch.IsSynchronous)
        {
            return batch;
        }

        return await WaitForBatchAsync(batch.JobId ?? throw new ArgumentException("The batch has no job id.", nameof(batch)), pollInterval, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Polls a batch job until it is <c>completed</c> or <c>failed</c>.</summary>
    /// <param name="jobId">The job id.</param>
    /// <param name="pollInterval">Time between polls; default 2 s.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The finished job.</returns>
    public virtual async Task<CredentialBatch> WaitForBatchAsync(string jobId, TimeSpan? pollInterval = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(jobId);
        var interval = pollInterval ?? TimeSpan.FromSeconds(2);
        if (interval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(pollInterval), interval, "The poll interval must be positive.");
        }

        while (true)
        {
            var current = await GetBatchAsync(jobId, cancellationToken).ConfigureAwait(false);
            if (current.IsFinished)
            {
                return current;
            }

            await Task.Delay(interval, Connection.TimeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Lists one page of credentials (<c>GET /v1/credentials</c>, scope <c>credentials:read</c>).</summary>
    /// <param name="options">Filters, cursor and page size.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page, with <see cref="CredentialPage.NextCursor"/> for the next one.</returns>
    public virtual Task<CredentialPage> ListAsync(CredentialListOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new CredentialListOptions();
        Argument.InRange(options.Limit, 1, 200, "options.Limit");
        var c = Connection;
        c.EnsureApiKey("Credentials.ListAsync");
        return c.SendAsync(
            () => c.Api<ICredentialsApi>().ListAsync(
                options.SubjectId, options.DeveloperId, options.CredentialType?.Value, options.AttestationType, options.Status?.Value, options.Cursor, options.Limit, cancellationToken),
            cancellationToken);
    }

    /// <summary>Lists every matching credential, fetching pages lazily as you enumerate. Never mutates <paramref name="options"/>.</summary>
    /// <param name="options">Filters and page size; <see cref="CredentialListOptions.Cursor"/> sets where to start.</param>
    /// <param name="cancellationToken">Cancels enumeration.</param>
    /// <returns>All credentials across pages.</returns>
    public virtual async IAsyncEnumerable<Credential> ListAutoPagingAsync(CredentialListOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var pageOptions = options is null ? new CredentialListOptions() : options with { };
        while (true)
        {
            var page = await ListAsync(pageOptions, cancellationToken).ConfigureAwait(false);
            foreach (var item in page.Items)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return item;
            }

            if (!page.HasMore || page.NextCursor == pageOptions.Cursor)
            {
                yield break;
            }

            pageOptions = pageOptions with { Cursor = page.NextCursor };
        }
    }

    /// <summary>Gets one credential (<c>GET /v1/credentials/{id}</c>).</summary>
    /// <param name="credentialId">The credential id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The credential.</returns>
    /// <exception cref="BelticNotFoundException">No such credential.</exception>
    public virtual Task<Credential> GetAsync(string credentialId, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(credentialId);
        var c = Connection;
        c.EnsureApiKey("Credentials.GetAsync");
        return c.SendAsync(() => c.Api<ICredentialsApi>().GetAsync(credentialId, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Verifies a credential server-side (<c>POST /v1/credentials/verify</c>, scope <c>credentials:verify</c>). A credential
    /// that fails is a result with <c>Valid == false</c>, not an exception. To verify offline, use <c>Beltic.Sdk.Verification</c>.
    /// </summary>
    /// <param name="credential">The JWT-VC (a credential's <see cref="Credential.SignedPayload"/>).</param>
    /// <param name="context">Optional audience and transaction context.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The verdict.</returns>
    public virtual Task<CredentialVerificationResult> VerifyAsync(string credential, CredentialVerificationContext? context = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(credential);
        var c = Connection;
        c.EnsureApiKey("Credentials.VerifyAsync");
        return c.SendAsync(() => c.Api<ICredentialsApi>().VerifyAsync(new CredentialVerifyRequest(credential, context), cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Verifies a credential through the public endpoint (<c>POST /v1/credentials/_public/verify</c>). Sends no API key
    /// and works on a client configured without one (<see cref="BelticClientOptions.RequireApiKey"/> = false).
    /// </summary>
    /// <param name="credential">The JWT-VC.</param>
    /// <param name="context">Optional audience and transaction context.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The verdict.</returns>
    public virtual Task<CredentialVerificationResult> PublicVerifyAsync(string credential, CredentialVerificationContext? context = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(credential);
        var c = Connection;
        return c.SendAsync(() => c.Api<ICredentialsApi>().PublicVerifyAsync(new CredentialVerifyRequest(credential, context), cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Revokes a credential permanently (<c>POST /v1/credentials/{id}/revoke</c>, scope <c>credentials:revoke</c>): its
    /// status-list bit is set and the slot is never reused.
    /// </summary>
    /// <param name="credentialId">The credential id.</param>
    /// <param name="reason">Why (e.g. <see cref="RevocationReason.Compromised"/>); optional.</param>
    /// <param name="requestOptions">Per-call settings (idempotency key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The revoked credential.</returns>
    /// <exception cref="BelticConflictException">The credential is not active.</exception>
    public virtual Task<Credential> RevokeAsync(string credentialId, RevocationReason? reason = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(credentialId);
        var key = RequestOptions.ValidatedKey(requestOptions);
        var c = Connection;
        c.EnsureApiKey("Credentials.RevokeAsync");
        return c.SendAsync(() => c.Api<ICredentialsApi>().RevokeAsync(credentialId, new CredentialRevokeRequest(reason), key, cancellationToken), cancellationToken);
    }

    /// <summary>Erases a credential (GDPR; <c>DELETE /v1/credentials/{id}</c>, scope <c>credentials:delete</c>).</summary>
    /// <param name="credentialId">The credential id.</param>
    /// <param name="requestOptions">Per-call settings (idempotency key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The HTTP facts of the response.</returns>
    public virtual Task<BelticResponse> DeleteAsync(string credentialId, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(credentialId);
        var key = RequestOptions.ValidatedKey(requestOptions);
        var c = Connection;
        c.EnsureApiKey("Credentials.DeleteAsync");
        return c.SendAsync(() => c.Api<ICredentialsApi>().DeleteAsync(credentialId, key, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Uploads an evidence file (<c>POST /v1/evidence</c>, multipart, scope <c>credentials:evidence:upload</c>). Checked
    /// before sending: not empty, at most 10 MB, and PDF, JPEG, PNG, WEBP, TIFF or HEIC/HEIF (declared or recognised).
    /// Attach it to a credential with <see cref="Evidence.Reference"/>.
    /// </summary>
    /// <param name="content">The file content (read to the end; not disposed).</param>
    /// <param name="contentType">The MIME type, or null to recognise it from the content.</param>
    /// <param name="fileName">The file name to store.</param>
    /// <param name="documentType">Optional document type, e.g. <c>passport</c>.</param>
    /// <param name="requestOptions">Per-call settings (idempotency key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored evidence.</returns>
    public virtual async Task<Evidence> UploadEvidenceAsync(Stream content, string? contentType, string fileName, string? documentType = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(content);
        Argument.NotNullOrWhiteSpace(fileName);
        var key = RequestOptions.ValidatedKey(requestOptions);
        var bytes = await EvidenceFile.ReadAsync(content, cancellationToken).ConfigureAwait(false);
        var type = EvidenceFile.ResolveContentType(contentType, bytes);
        var c = Connection;
        c.EnsureApiKey("Credentials.UploadEvidenceAsync");
        var part = new ByteArrayPart(bytes, fileName, type);
        return await c.SendAsync(() => c.Api<ICredentialsApi>().UploadEvidenceAsync(part, documentType, fileName, key, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Uploads an evidence file from disk; see <see cref="UploadEvidenceAsync(Stream, string?, string, string?, RequestOptions?, CancellationToken)"/>.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="contentType">The MIME type, or null to recognise it.</param>
    /// <param name="documentType">Optional document type.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored evidence.</returns>
    public virtual async Task<Evidence> UploadEvidenceAsync(string path, string? contentType = null, string? documentType = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(path);
        await using var file = File.OpenRead(path);
        return await UploadEvidenceAsync(file, contentType, Path.GetFileName(path), documentType, requestOptions, cancellationToken).ConfigureAwait(false);
    }
}
