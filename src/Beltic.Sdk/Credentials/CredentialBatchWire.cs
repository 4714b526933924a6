using System.Text.Json;

namespace Beltic.Credentials;

/// <summary>Either response form of batch issue: the job form or the synchronous results form (§11.2).</summary>
internal sealed record CredentialBatchWire : BelticObject
{
    public string? JobId { get; init; }

    public BatchJobStatus? Status { get; init; }

    public int? Total { get; init; }

    public int? Processed { get; init; }

    public int? Succeeded { get; init; }

    public int? Failed { get; init; }

    public IReadOnlyList<CredentialBatchItemError>? Errors { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    public int? SuccessCount { get; init; }

    public int? FailureCount { get; init; }

    public IReadOnlyList<ResultWire>? Results { get; init; }

    public CredentialBatch ToBatch()
    {
        var results = Results?.Select((r, i) => new CredentialBatchItemResult
        {
            Index = r.Index ?? i,
            Credential = r.Credential,
            CorrelationId = r.CorrelationId,
            Error = r.Error?.ValueKind is JsonValueKind.Object or JsonValueKind.String ? r.Error : null,
        }).ToArray() ?? [];

        var errors = Errors ?? results
            .Where(r => r.Error is not null)
            .Select(r => new CredentialBatchItemError
            {
                Index = r.Index,
                CorrelationId = r.CorrelationId,
                Code = ReadString(r.Error, "code"),
                Message = ReadString(r.Error, "message") ?? r.Error!.Value.ToString(),
            })
            .ToArray();

        var synchronous = JobId is null && Results is not null;
        return new CredentialBatch
        {
            JobId = JobId,
            Status = Status ?? (synchronous ? (SuccessCount == 0 && FailureCount > 0 ? BatchJobStatus.Failed : BatchJobStatus.Completed) : default),
            Total = Total ?? (synchronous ? results.Length : 0),
            Processed = Processed ?? (synchronous ? results.Length : 0),
            Succeeded = Succeeded ?? SuccessCount ?? 0,
            Failed = Failed ?? FailureCount ?? 0,
            Errors = errors,
            Results = results,
            CreatedAt = CreatedAt,
            CompletedAt = CompletedAt,
            IsSynchronous = synchronous,
            RawResponse = RawResponse,
        };
    }

    private static string? ReadString(JsonElement? e, string name)
        => e is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    internal sealed record ResultWire
    {
        public int? Index { get; init; }

        public Credential? Credential { get; init; }

        public string? CorrelationId { get; init; }

        public JsonElement? Error { get; init; }
    }
}
