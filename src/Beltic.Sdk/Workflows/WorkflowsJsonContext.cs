using System.Text.Json;
using System.Text.Json.Serialization;
using Beltic.Serialization;

namespace Beltic.Workflows;

/// <summary>
/// The Workflows area's source-generated JSON (camelCase, §11.11; nulls left out, numbers strict): its requests,
/// responses and the lists they come in.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict,
    PropertyNameCaseInsensitive = false)]
[JsonSerializable(typeof(Workflow))]
[JsonSerializable(typeof(WorkflowListWire))]
[JsonSerializable(typeof(List<Workflow>))]
[JsonSerializable(typeof(WorkflowWriteRequest))]
[JsonSerializable(typeof(WorkflowExecuteRequest))]
[JsonSerializable(typeof(WorkflowExecution))]
[JsonSerializable(typeof(WorkflowExecutionListWire))]
[JsonSerializable(typeof(List<WorkflowExecution>))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class WorkflowsJsonContext : JsonSerializerContext
{
    /// <summary>How the Workflows area reads and writes JSON.</summary>
    // Lazy: static initialisers of a partial class run in no guaranteed order, and Default is declared in another part.
    public static AreaSerializer Serializer => field ??= new(Default);
}
