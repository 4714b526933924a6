using System.Text.Json.Serialization;
using Beltic.Identity;

namespace Beltic.Webhooks;

/// <summary>The <c>attributes</c> of a <c>webhook_config</c> request (create and update); only set members are sent.</summary>
internal sealed class WebhookAttributes
{
    [JsonPropertyName("resource_type")]
    public WebhookResourceType? Resource { get; init; }

    public string? Url { get; init; }

    public IReadOnlyList<DocumentStatus>? SubscribedStatuses { get; init; }

    public bool? IsActive { get; init; }

    public static IReadOnlyList<DocumentStatus>? CheckStatuses(IReadOnlyList<DocumentStatus>? statuses, string name)
    {
        if (statuses is null)
        {
            return null;
        }

        if (statuses.Count == 0)
        {
            throw new ArgumentException($"'{name}' is empty; name at least one status (pending, submitted, processing, processed, failed).", "options");
        }

        if (statuses.Any(s => string.IsNullOrWhiteSpace(s.Value)))
        {
            throw new ArgumentException($"'{name}' must not contain an empty status.", "options");
        }

        if (statuses.Distinct().Count() != statuses.Count)
        {
            throw new ArgumentException($"'{name}' names a status twice.", "options");
        }

        return statuses;
    }
}
