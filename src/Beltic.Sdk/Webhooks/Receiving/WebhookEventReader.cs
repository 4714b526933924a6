using System.Text.Json;
using Beltic.Audit;
using Beltic.Identity;

namespace Beltic.Webhooks;

/// <summary>Parses a body whose signature has already been verified; never sees an unverified byte.</summary>
internal static class WebhookEventReader
{
    public static WebhookEvent ReadAuditStream(ReadOnlySpan<byte> body)
    {
        var root = Parse(body);
        // The payload is the audit event itself; an envelope with the event in "data" is read too.
        var source = Text(root, "event_type") is null && root.TryGetProperty("data", out var data) && Text(data, "event_type") is not null ? data : root;
        var type = Text(source, "event_type");
        var id = Text(source, "id");
        if (type is null || !new AuditEventType(type).IsKnown)
        {
            return new UnknownWebhookEvent { Id = id, Type = type, Raw = root };
        }

        AuditEvent audit;
        try
        {
            audit = source.Deserialize(AuditJsonContext.Default.AuditEvent) ?? throw new JsonException("The event is null.");
        }
        catch (JsonException ex)
        {
            throw Invalid($"The '{type}' event could not be read: {ex.Message}", ex);
        }

        return new AuditStreamEvent { Id = id, Type = type, Raw = root, Event = audit };
    }

    public static WebhookEvent ReadDocument(ReadOnlySpan<byte> body)
    {
        var root = Parse(body);
        var meta = root.TryGetProperty("meta", out var m) && m.ValueKind == JsonValueKind.Object ? m : default;
        var data = root.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : root;
        var attributes = data.TryGetProperty("attributes", out var a) && a.ValueKind == JsonValueKind.Object ? a : data;
        var hasData = HasData(root);
        // With a JSON:API envelope a top-level "type" names the event; in the flat form it would be the resource's.
        var type = Text(root, "event") ?? Text(root, "event_type") ?? Text(meta, "event") ?? Text(meta, "event_type")
            ?? (hasData ? Text(root, "type") : null);
        var id = Text(meta, "event_id") ?? Text(root, "event_id") ?? (hasData ? Text(root, "id") : null);
        var resourceType = hasData ? Text(data, "type") : Text(root, "resource_type");
        var resourceId = hasData ? Text(data, "id") : Text(root, "resource_id") ?? Text(root, "document_id");
        var status = Text(attributes, "status") ?? Text(attributes, "new_status");
        if (resourceId is null || status is null)
        {
            return new UnknownWebhookEvent { Id = id, Type = type, Raw = root };
        }

        var previous = Text(attributes, "previous_status") ?? Text(meta, "previous_status");
        return new DocumentStatusChangedEvent
        {
            Id = id,
            Type = type,
            Raw = root,
            ResourceType = resourceType,
            ResourceId = resourceId,
            Status = new DocumentStatus(status),
            PreviousStatus = previous is null ? (DocumentStatus?)null : new DocumentStatus(previous),
        };
    }

    private static bool HasData(JsonElement root) => root.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object;

    private static JsonElement Parse(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            if (reader.Read())
            {
                throw Invalid("The body holds more than one JSON value.", null);
            }

            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw Invalid($"The body is a JSON {document.RootElement.ValueKind.ToString().ToLowerInvariant()}, not an object.", null);
            }

            return document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw Invalid($"The body is not JSON: {ex.Message}", ex);
        }
    }

    private static string? Text(JsonElement obj, string name)
        => obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static WebhookSignatureException Invalid(string message, Exception? inner)
        => new(WebhookSignatureFailure.InvalidPayload, "The delivery's signature is valid but its payload is unusable. " + message, null, inner);
}
