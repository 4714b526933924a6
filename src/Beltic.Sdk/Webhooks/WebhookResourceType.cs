using System.Text.Json.Serialization;
using Beltic.Serialization;

namespace Beltic.Webhooks;

/// <summary>
/// The kind of resource whose status changes a webhook delivers (<c>resource_type</c>). Values the SDK does not know
/// yet are kept as-is, never an error.
/// </summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(BelticEnumConverter<WebhookResourceType>))]
public readonly record struct WebhookResourceType(string Value) : IBelticEnum<WebhookResourceType>
{
    /// <summary>Documents (<c>/v1/documents</c>) processed with a template. (<c>document</c>)</summary>
    public static WebhookResourceType Document { get; } = new("document");

    /// <summary>Converts a wire value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator WebhookResourceType(string value) => new(value);

    /// <summary>The wire value.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;

    static WebhookResourceType IBelticEnum<WebhookResourceType>.FromValue(string value) => new(value);
}
