using System.Text.Json.Serialization;
using Beltic.Serialization;

namespace Beltic.Workflows;

/// <summary>The environment a workflow lives in (the API key's). Values the SDK does not know yet are kept as-is.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(BelticEnumConverter<WorkflowEnvironment>))]
public readonly record struct WorkflowEnvironment(string Value) : IBelticEnum<WorkflowEnvironment>
{
    /// <summary>Test data (<c>sk_staging_…</c> keys). (<c>staging</c>)</summary>
    public static WorkflowEnvironment Staging { get; } = new("staging");

    /// <summary>Live data (<c>sk_production_…</c> keys). (<c>production</c>)</summary>
    public static WorkflowEnvironment Production { get; } = new("production");

    /// <summary>Converts a wire value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator WorkflowEnvironment(string value) => new(value);

    /// <summary>The wire value.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;

    static WorkflowEnvironment IBelticEnum<WorkflowEnvironment>.FromValue(string value) => new(value);
}
