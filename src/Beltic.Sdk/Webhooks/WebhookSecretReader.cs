using System.Text.Json;
using Beltic.Serialization;
using Beltic.Serialization.JsonApi;

namespace Beltic.Webhooks;

/// <summary>
/// Takes the one-time signing secret out of a create response. Where it sits is undocumented, so
/// <c>data.attributes.secret</c>, <c>data.meta.secret</c> and the top-level <c>meta.secret</c> are read (first wins);
/// every copy is removed from the document before it is mapped, so the secret never reaches
/// <see cref="BelticResource.RawAttributes"/> or <see cref="BelticResource.Meta"/> (which a record's ToString prints).
/// </summary>
internal static class WebhookSecretReader
{
    private const string SecretMember = "secret";

    public static (string? Secret, JsonApiDocument Redacted) Extract(JsonApiDocument document)
    {
        var data = document.Data;
        string? secret = null;
        if (data.ValueKind == JsonValueKind.Object)
        {
            secret = Text(data, "attributes") ?? Text(data, "meta");
            data = Without(data, "attributes", "meta");
        }

        secret ??= Text(document.Meta, null);
        var meta = document.Meta.ValueKind == JsonValueKind.Object ? WithoutSecret(document.Meta) : document.Meta;
        return (secret, document with { Data = data, Meta = meta });
    }

    // The secret string in obj[member] (or obj itself when member is null).
    private static string? Text(JsonElement obj, string? member)
    {
        var holder = member is null ? obj : obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(member, out var m) ? m : default;
        return holder.ValueKind == JsonValueKind.Object && holder.TryGetProperty(SecretMember, out var s) && s.ValueKind == JsonValueKind.String
            ? s.GetString()
            : null;
    }

    // A copy of the resource whose named object members have no "secret".
    private static JsonElement Without(JsonElement resource, params string[] members) => JsonValues.Build(w =>
    {
        w.WriteStartObject();
        foreach (var property in resource.EnumerateObject())
        {
            if (members.Contains(property.Name) && property.Value.ValueKind == JsonValueKind.Object)
            {
                w.WritePropertyName(property.Name);
                WithoutSecret(property.Value).WriteTo(w);
            }
            else
            {
                property.WriteTo(w);
            }
        }

        w.WriteEndObject();
    });

    private static JsonElement WithoutSecret(JsonElement obj) => JsonValues.Build(w =>
    {
        w.WriteStartObject();
        foreach (var property in obj.EnumerateObject().Where(p => p.Name != SecretMember))
        {
            property.WriteTo(w);
        }

        w.WriteEndObject();
    });
}
