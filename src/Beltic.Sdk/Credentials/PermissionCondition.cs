using System.Text.Json;
using Beltic.Serialization;

namespace Beltic.Credentials;

/// <summary>
/// A condition on an agent permission: <c>context[Field] Op Value</c>, with <c>Op</c> one of <c>eq</c>, <c>ne</c>,
/// <c>lt</c>, <c>lte</c>, <c>gt</c>, <c>gte</c>, <c>in</c>, <c>not_in</c>.
/// </summary>
/// <param name="Field">The transaction-context field, e.g. <c>transaction_amount</c>.</param>
/// <param name="Op">The operator.</param>
/// <param name="Value">The value to compare with (a number, string, or array for <c>in</c>/<c>not_in</c>).</param>
public sealed record PermissionCondition(string Field, string Op, JsonElement Value)
{
    /// <summary><c>field &lt;= value</c> (amounts are in minor units).</summary>
    /// <param name="field">The context field.</param>
    /// <param name="value">The bound.</param>
    /// <returns>The condition.</returns>
    public static PermissionCondition LessThanOrEqual(string field, long value) => new(field, "lte", JsonValues.Number(value));

    /// <summary><c>field &lt; value</c>.</summary>
    /// <param name="field">The context field.</param>
    /// <param name="value">The bound.</param>
    /// <returns>The condition.</returns>
    public static PermissionCondition LessThan(string field, long value) => new(field, "lt", JsonValues.Number(value));

    /// <summary><c>field &gt;= value</c>.</summary>
    /// <param name="field">The context field.</param>
    /// <param name="value">The bound.</param>
    /// <returns>The condition.</returns>
    public static PermissionCondition GreaterThanOrEqual(string field, long value) => new(field, "gte", JsonValues.Number(value));

    /// <summary><c>field == value</c>.</summary>
    /// <param name="field">The context field.</param>
    /// <param name="value">The value.</param>
    /// <returns>The condition.</returns>
    public static PermissionCondition EqualTo(string field, string value) => new(field, "eq", JsonValues.String(value));

    /// <summary><c>field</c> is one of <paramref name="values"/>.</summary>
    /// <param name="field">The context field.</param>
    /// <param name="values">The allowed values.</param>
    /// <returns>The condition.</returns>
    public static PermissionCondition In(string field, params IEnumerable<string> values) => new(field, "in", JsonValues.Strings(values));
}
