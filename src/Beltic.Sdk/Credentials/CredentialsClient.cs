using Beltic.Http;
using Refit;

namespace Beltic.Credentials;

/// <summary>
/// The Credentials API: issue JWT-VCs (one or in batches), list, get, verify server-side, revoke, delete, and upload
/// evidence. Reached through <see cref="BelticClient.Credentials"/>. Thread-safe.
/// </summary>
public partial class CredentialsClient : BelticAreaClient
{
    /// <summary>Batch issue has its own per-key limit: 10 a minute, bursts of 10 (§11).</summary>
    internal static readonly RateLimitTier BatchIssueTier = new("batch_issue", 10, 10);

    internal CredentialsClient(BelticConnection connection)
        : base(connection, CredentialsJsonContext.Serializer)
    {
    }

    /// <summary>For mocking.</summary>
    protected CredentialsClient()
    {
    }

    /// <summary>Issues a credential (<c>POST /v1/credentials</c>, scope <c>credentials:write</c>).</summary>
    /// <param name="options">What to issue; build it with <see cref="CredentialIssueOptions.Business"/> and siblings.</param>
    /// <param name="requestOptions">Per-call settings (API key, idempotency key).</param>
    /// <param name="cancellationToken">Cancels the call, including any backoff wait.</param>
    /// <returns>The stored credential with its signed JWT in <see cref="Credential.SignedPayload"/>.</returns>
    public virtual Task<Credential> IssueAsync(CredentialIssueOptions options, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(options);
        var call = Call("credentials.issue", requestOptions);
        var body = options.ToRequest();
        return SendAsync(Rest<ICredentialsApi>().IssueAsync(body, call, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Submits many credentials at once (<c>POST /v1/credentials/batch-issue</c>). The answer is a job to poll
    /// (<see cref="WaitForBatchAsync(CredentialBatch, TimeSpan?, RequestOptions?, CancellationToken)"/>) or, if the
    /// server processes the batch synchronously, the finished results.
    /// </summary>
    /// <param name="credentials">The credentials to issue (at least one).</param>
    /// <param name="requestOptions">Per-call settings (API key, idempotency key).</param>
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

        var call = Call("credentials.batch_issue", requestOptions, tier: BatchIssueTier);
        var wire = await SendAsync(Rest<ICredentialBatchesApi>().BatchIssueAsync(new CredentialBatchIssueRequest(items), call, cancellationToken), cancellationToken).ConfigureAwait(false);
        return wire.ToBatch();
    }

    /// <summary>Reads a batch job (<c>GET /v1/credentials/batch-issue/{jobId}</c>; the path is assumed, see README).</summary>
    /// <param name="jobId">The job id.</param>
    /// <param name="requestOptions">Per-call settings (API key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job's current state.</returns>
    public virtual async Task<CredentialBatch> GetBatchAsync(string jobId, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(jobId);
        var call = Call("credentials.get_batch", requestOptions);
        var wire = await SendAsync(Rest<ICredentialBatchesApi>().GetBatchAsync(jobId, call, cancellationToken), cancellationToken).ConfigureAwait(false);
        return wire.ToBatch();
    }

    /// <summary>Polls a batch job until it is <c>completed</c> or <c>failed</c>.</summary>
    /// <param name="batch">The job from <see cref="BatchIssueAsync"/>; a synchronous or finished batch returns at once.</param>
    /// <param name="pollInterval">Time between polls; default 2 s.</param>
    /// <param name="requestOptions">Per-call settings (API key) for every poll.</param>
    /// <param name="cancellationToken">Cancels the wait (use a timeout token to bound it).</param>
    /// <returns>The finished job.</returns>
    public virtual async Task<CredentialBatch> WaitForBatchAsync(CredentialBatch batch, TimeSpan? pollInterval = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(batch);
        if (batch.IsFinished || batch.IsSynchronous)
        {
            return batch;
        }

        var jobId = batch.JobId ?? throw new ArgumentException("The batch has no job id.", nameof(batch));
        return await WaitForBatchAsync(jobId, pollInterval, requestOptions, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Polls a batch job until it is <c>completed</c> or <c>failed</c>.</summary>
    /// <param name="jobId">The job id.</param>
    /// <param name="pollInterval">Time between polls; default 2 s.</param>
    /// <param name="requestOptions">Per-call settings (API key) for every poll.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The finished job.</returns>
    public virtual async Task<CredentialBatch> WaitForBatchAsync(string jobId, TimeSpan? pollInterval = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(jobId);
        var interval = pollInterval ?? TimeSpan.FromSeconds(2);
        if (interval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(pollInterval), interval, "The poll interval must be positive.");
        }

        while (true)
        {
            var current = await GetBatchAsync(jobId, requestOptions, cancellationToken).ConfigureAwait(false);
            if (current.IsFinished)
            {
                return current;
            }

            await Task.Delay(interval, Connection.TimeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Lists one page of credentials (<c>GET /v1/credentials</c>, scope <c>credentials:read</c>).</summary>
    /// <param name="options">Filters, cursor and page size.</param>
    /// <param name="requestOptions">Per-call settings (API key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page, with <see cref="BelticPage{T}.ContinuationToken"/> for the next one.</returns>
    public virtual Task<BelticPage<Credential>> ListAsync(CredentialListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
        => ListPageAsync(options ?? new CredentialListOptions(), null, requestOptions, cancellationToken);

    /// <summary>
    /// Lists every matching credential, fetching pages lazily as you enumerate (<c>await foreach</c>), or page by page
    /// with <see cref="BelticPageable{T}.AsPages"/>. Never mutates <paramref name="options"/>.
    /// </summary>
    /// <param name="options">Filters and page size; <see cref="CredentialListOptions.Cursor"/> sets where to start.</param>
    /// <param name="requestOptions">Per-call settings (API key) for every page.</param>
    /// <param name="cancellationToken">Cancels enumeration.</param>
    /// <returns>All matching credentials across pages.</returns>
    public virtual BelticPageable<Credential> ListAutoPagingAsync(CredentialListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var start = options ?? new CredentialListOptions();
        Validate(start);
        return Pageable<Credential>((token, ct) => ListPageAsync(start, token, requestOptions, ct), cancellationToken);
    }

    /// <summary>Gets one credential (<c>GET /v1/credentials/{id}</c>).</summary>
    /// <param name="credentialId">The credential id.</param>
    /// <param name="requestOptions">Per-call settings (API key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The credential.</returns>
    /// <exception cref="BelticNotFoundException">No such credential.</exception>
    public virtual Task<Credential> GetAsync(string credentialId, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(credentialId);
        var call = Call("credentials.get", requestOptions);
        return SendAsync(Rest<ICredentialsApi>().GetAsync(credentialId, call, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Verifies a credential server-side (<c>POST /v1/credentials/verify</c>, scope <c>credentials:verify</c>). A credential
    /// that fails is a result with <c>Valid == false</c>, not an exception. To verify offline, use <c>Beltic.Sdk.Verification</c>.
    /// </summary>
    /// <param name="credential">The JWT-VC (a credential's <see cref="Credential.SignedPayload"/>).</param>
    /// <param name="context">Optional audience and transaction context.</param>
    /// <param name="requestOptions">Per-call settings (API key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The verdict.</returns>
    public virtual Task<CredentialVerificationResult> VerifyAsync(string credential, CredentialVerificationContext? context = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(credential);
        var call = Call("credentials.verify", requestOptions);
        return SendAsync(Rest<ICredentialsApi>().VerifyAsync(new CredentialVerifyRequest(credential, context), call, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Verifies a credential through the public endpoint (<c>POST /v1/credentials/_public/verify</c>). It goes through a
    /// pipeline with no API key at all, and works on a client configured without one
    /// (<see cref="BelticClientOptions.RequireApiKey"/> = false).
    /// </summary>
    /// <param name="credential">The JWT-VC.</param>
    /// <param name="context">Optional audience and transaction context.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The verdict.</returns>
    public virtual Task<CredentialVerificationResult> PublicVerifyAsync(string credential, CredentialVerificationContext? context = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(credential);
        var call = Call("credentials.public_verify", null);
        return SendAsync(Rest<ICredentialsPublicApi>(BelticPipeline.Public).VerifyAsync(new CredentialVerifyRequest(credential, context), call, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Revokes a credential permanently (<c>POST /v1/credentials/{id}/revoke</c>, scope <c>credentials:revoke</c>): its
    /// status-list bit is set and the slot is never reused.
    /// </summary>
    /// <param name="credentialId">The credential id.</param>
    /// <param name="reason">Why (e.g. <see cref="RevocationReason.Compromised"/>); optional.</param>
    /// <param name="requestOptions">Per-call settings (API key, idempotency key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The revoked credential.</returns>
    /// <exception cref="BelticConflictException">The credential is not active.</exception>
    public virtual Task<Credential> RevokeAsync(string credentialId, RevocationReason? reason = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(credentialId);
        var call = Call("credentials.revoke", requestOptions);
        return SendAsync(Rest<ICredentialsApi>().RevokeAsync(credentialId, new CredentialRevokeRequest(reason), call, cancellationToken), cancellationToken);
    }

    /// <summary>Erases a credential (GDPR; <c>DELETE /v1/credentials/{id}</c>, scope <c>credentials:delete</c>).</summary>
    /// <param name="credentialId">The credential id.</param>
    /// <param name="requestOptions">Per-call settings (API key, idempotency key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The HTTP facts of the response.</returns>
    public virtual Task<BelticResponse> DeleteAsync(string credentialId, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(credentialId);
        var call = Call("credentials.delete", requestOptions);
        return SendAsync(Rest<ICredentialsApi>().DeleteAsync(credentialId, call, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Uploads an evidence file (<c>POST /v1/evidence</c>, multipart, scope <c>credentials:evidence:upload</c>). Checked
    /// before sending, like every upload: not empty, PDF, JPEG, PNG, WEBP, TIFF or HEIC/HEIF (declared type must match
    /// the bytes), and at most 10 MB. Attach it to a credential with <see cref="Evidence.Reference"/>.
    /// </summary>
    /// <param name="file">The file, e.g. <c>FileUpload.FromFile("passport.pdf")</c>.</param>
    /// <param name="documentType">Optional document type, e.g. <c>passport</c>.</param>
    /// <param name="requestOptions">Per-call settings (API key, idempotency key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored evidence.</returns>
    public virtual async Task<Evidence> UploadEvidenceAsync(FileUpload file, string? documentType = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(file);
        Argument.NullOrNotWhiteSpace(documentType);
        var call = Call("credentials.upload_evidence", requestOptions);
        var prepared = await file.PrepareAsync(nameof(file), cancellationToken, EvidenceFile.MaxBytes, EvidenceFile.Kind).ConfigureAwait(false);
        await using (prepared.ConfigureAwait(false))
        {
            var part = new ByteArrayPart(await prepared.ReadAllAsync(cancellationToken).ConfigureAwait(false), prepared.FileName, prepared.ContentType);
            return await SendAsync(Rest<IEvidenceApi>().UploadAsync(part, documentType, prepared.FileName, call, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<BelticPage<Credential>> ListPageAsync(CredentialListOptions options, string? continuationToken, RequestOptions? requestOptions, CancellationToken cancellationToken)
    {
        Validate(options);
        var call = Call("credentials.list", requestOptions);
        var query = new CredentialListQuery
        {
            SubjectId = options.SubjectId,
            DeveloperId = options.DeveloperId,
            CredentialType = options.CredentialType?.Value,
            AttestationType = options.AttestationType,
            Status = options.Status?.Value,
            Cursor = continuationToken ?? options.Cursor,
            Limit = options.Limit,
        };
        var wire = await SendAsync(Rest<ICredentialsApi>().ListAsync(query, call, cancellationToken), cancellationToken).ConfigureAwait(false);
        return wire.ToPage();
    }

    private static void Validate(CredentialListOptions options) => Argument.InRange(options.Limit, 1, 200, "options.Limit");
}
