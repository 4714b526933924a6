namespace Beltic.Credentials;

/// <summary>
/// A batch-issue job, whichever form the server answered in: an asynchronous job (poll it with
/// <see cref="CredentialsClient.GetBatchAsync(string, RequestOptions?, CancellationToken)"/> or <see cref="CredentialsClient.WaitForBatchAsync(CredentialBatch, TimeSpan?, CancellationToken)"/>) or a
/// synchronous result (<see cref="IsSynchronous"/>, already finished, <see cref="Results"/> filled).
/// </summary>
public sealed record CredentialBatch : BelticObject
{
    /// <summary>The job id (null for a synchronous answer).</summary>
    public string? JobId { get; init; }

    /// <summary>The job status.</summary>
    public BatchJobStatus Status { get; init; }

    /// <summary>Items submitted.</summary>
    public int Total { get; init; }

    /// <summary>Items processed so far.</summary>
    public int Processed { get; init; }

    /// <summary>Items issued.</summary>
    public int Succeeded { get; init; }

    /// <summary>Items that failed.</summary>
    public int Failed { get; init; }

    /// <summary>Per-item failures, by 0-based input index.</summary>
    public IReadOnlyList<CredentialBatchItemError> Errors { get; init; } = [];

    /// <summary>Per-item results (synchronous form only), in input order.</summary>
    public IReadOnlyList<CredentialBatchItemResult> Results { get; init; } = [];

    /// <summary>When the job was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the job finished.</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>Whether the server answered synchronously with results instead of a job.</summary>
    public bool IsSynchronous { get; init; }

    /// <summary>Whether the job reached <c>completed</c> or <c>failed</c>.</summary>
    public bool IsFinished => Status == BatchJobStatus.Completed || Status == BatchJobStatus.Failed;
}
