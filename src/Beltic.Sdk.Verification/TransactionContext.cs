using System.Text.Json;

namespace Beltic.Verification;

/// <summary>
/// The transaction to authorise (step 7): a flat JSON object such as
/// <c>{"resource_type":"wallet","resource_id":"wal_123","action":"payment_authorize","transaction_amount":12000,"transaction_currency":"USD"}</c>.
/// Amounts are integers in minor units. Conditions may name any field.
/// </summary>
public sealed class TransactionContext
{
    private readonly Dictionary<string, JsonElement> _fields;

    private TransactionContext(Dictionary<string, JsonElement> fields)
    {
        _fields = fields;
        // Read once here, so that evaluating the policy (possibly for every verification) allocates none of them.
        ResourceType = GetString("resource_type");
        ResourceId = GetString("resource_id");
        Action = GetString("action");
        Currency = GetString("transaction_currency");
    }

    /// <summary>Creates a context from the common fields.</summary>
    /// <param name="resourceType">e.g. <c>wallet</c>.</param>
    /// <param name="action">e.g. <c>payment_authorize</c>.</param>
    /// <param name="resourceId">e.g. <c>wal_123</c>.</param>
    /// <param name="transactionAmount">Amount in minor units.</param>
    /// <param name="transactionCurrency">ISO 4217 code.</param>
    /// <returns>The context.</returns>
    public static TransactionContext Create(string resourceType, string action, string? resourceId = null, long? transactionAmount = null, string? transactionCurrency = null)
    {
        var json = new System.Buffers.ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(json))
        {
            w.WriteStartObject();
            w.WriteString("resource_type", resourceType);
            w.WriteString("action", action);
            if (resourceId is not null)
            {
                w.WriteString("resource_id", resourceId);
            }

            if (transactionAmount is { } a)
            {
                w.WriteNumber("transaction_amount", a);
            }

            if (transactionCurrency is not null)
            {
                w.WriteString("transaction_currency", transactionCurrency);
            }

            w.WriteEndObject();
        }

        using var doc = JsonDocument.Parse(json.WrittenMemory);
        return FromJson(doc.RootElement);
    }

    /// <summary>Parses a context from JSON text.</summary>
    /// <param name="json">A JSON object.</param>
    /// <returns>The context.</returns>
    /// <exception cref="ArgumentException">Not a JSON object, or a member name appears twice.</exception>
    public static TransactionContext Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var doc = JsonDocument.Parse(json); // FromJson refuses duplicate names, naming the field
            return FromJson(doc.RootElement);
        }
        catch (JsonException ex)
        {
            throw new ArgumentException($"The transaction context is not valid JSON: {ex.Message}", nameof(json), ex);
        }
    }

    /// <summary>Creates a context from a JSON object.</summary>
    /// <param name="json">A JSON object.</param>
    /// <returns>The context.</returns>
    /// <exception cref="ArgumentException">Not a JSON object, or a member name appears twice (which one would count is ambiguous).</exception>
    public static TransactionContext FromJson(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException($"The transaction context must be a JSON object, not {json.ValueKind}.", nameof(json));
        }

        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var p in json.EnumerateObject())
        {
            if (!fields.TryAdd(p.Name, p.Value.Clone()))
            {
                throw new ArgumentException($"The transaction context names '{p.Name}' twice.", nameof(json));
            }
        }

        return new TransactionContext(fields);
    }

    /// <summary>All fields.</summary>
    public IReadOnlyDictionary<string, JsonElement> Fields => _fields;

    /// <summary>Looks up a field.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="value">The value.</param>
    /// <returns>Whether it is present (and not JSON null).</returns>
    public bool TryGet(string name, out JsonElement value)
        => _fields.TryGetValue(name, out value) && value.ValueKind != JsonValueKind.Null;

    internal string? GetString(string name) => TryGet(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    internal string? ResourceType { get; }

    internal string? ResourceId { get; }

    internal string? Action { get; }

    internal string? Currency { get; }

    /// <summary><see cref="TryGet(string, out JsonElement)"/> for a field named by a JSON string, without making it a string.</summary>
    internal bool TryGet(JsonElement name, out JsonElement value)
    {
        foreach (var (key, v) in _fields)
        {
            if (name.ValueEquals(key))
            {
                value = v;
                return v.ValueKind != JsonValueKind.Null;
            }
        }

        value = default;
        return false;
    }
}
