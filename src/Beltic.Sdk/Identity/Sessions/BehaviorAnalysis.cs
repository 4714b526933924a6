using System.Text.Json;
using System.Text.Json.Serialization;

namespace Beltic.Identity;

/// <summary>Behavioural risk signals collected during a session.</summary>
public sealed record BehaviorAnalysis
{
    /// <summary>Seconds the subject took to complete the flow.</summary>
    public double? CompletionTimeSeconds { get; init; }

    /// <summary>Times browser autofill was started.</summary>
    public int? AutofillStarts { get; init; }

    /// <summary>Times browser autofill was cancelled.</summary>
    public int? AutofillCancels { get; init; }

    /// <summary>Likelihood that the subject is a bot.</summary>
    public double? BotScore { get; init; }

    /// <summary>Overall threat level, e.g. <c>low</c>.</summary>
    public string? ThreatLevel { get; init; }

    /// <summary>Copy shortcuts used.</summary>
    public int? ShortcutCopies { get; init; }

    /// <summary>Paste shortcuts used.</summary>
    public int? ShortcutPastes { get; init; }

    /// <summary>Times the subject left the page.</summary>
    public int? DistractionEvents { get; init; }

    /// <summary>Whether browser developer tools were open.</summary>
    public bool? DevtoolsOpen { get; init; }

    /// <summary>Whether a debugger was attached.</summary>
    public bool? DebuggerAttached { get; init; }

    /// <summary>Attempts to spoof requests.</summary>
    public int? RequestSpoofAttempts { get; init; }

    /// <summary>Attempts to spoof the user agent.</summary>
    public int? UserAgentSpoofAttempts { get; init; }

    /// <summary>Signals this SDK version does not model yet, by wire name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalSignals { get; set; }
}
