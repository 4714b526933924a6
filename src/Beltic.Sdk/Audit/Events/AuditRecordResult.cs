namespace Beltic.Audit;

/// <summary>The answer to recording a presentation (<c>201 { "recorded": true }</c>).</summary>
public sealed record AuditRecordResult : BelticObject
{
    /// <summary>Whether Beltic stored the event.</summary>
    public bool Recorded { get; init; }
}
