using System.Text.Json;
using Beltic.Verification.Schema;

namespace Beltic.Verification.Policy;

/// <summary>
/// Step 7 for agent_authorization (§11.14): some permission must match (resource_type equal, resource_id equal or
/// <c>*</c>, action in actions) with all its conditions holding; then <c>authorized_currencies</c> and the
/// per-transaction <c>spend_limit</c>. A condition on a missing field denies.
/// </summary>
internal static class PolicyEvaluator
{
    // Strings are compared as JSON values (ValueEquals) and only made into .NET strings for a denial's message, so an
    // allowed transaction costs no allocation.
    public static StepFailure? Evaluate(SubjectFacts credential, TransactionContext tx)
    {
        var claims = credential.Claims;
        claims.TryGetProperty("permissions", out var permissions);

        var resourceType = tx.ResourceType;
        var resourceId = tx.ResourceId;
        var action = tx.Action;
        if (resourceType is null || action is null)
        {
            return Deny("the transaction context needs 'resource_type' and 'action'");
        }

        string? lastReason = null;
        var matched = false;
        foreach (var p in permissions.EnumerateArray())
        {
            if (!(p.TryGetProperty("resource_type"u8, out var type) && type.ValueKind == JsonValueKind.String && type.ValueEquals(resourceType)))
            {
                continue;
            }

            // A permission without a string resource_id covers every resource ("*").
            if (p.TryGetProperty("resource_id"u8, out var permId) && permId.ValueKind == JsonValueKind.String &&
                !permId.ValueEquals("*"u8) && (resourceId is null || !permId.ValueEquals(resourceId)))
            {
                continue;
            }

            if (!ContainsString(p.GetProperty("actions"), action))
            {
                lastReason ??= $"action '{action}' is not allowed on {resourceType}";
                continue;
            }

            var failed = p.TryGetProperty("conditions"u8, out var conditions) ? FirstFailedCondition(conditions, tx) : null;
            if (failed is null)
            {
                matched = true;
                break;
            }

            lastReason = failed;
        }

        if (!matched)
        {
            return Deny(lastReason ?? $"no permission covers {resourceType}{(resourceId is null ? "" : "/" + resourceId)}");
        }

        var currency = tx.Currency;
        if (claims.TryGetProperty("authorized_currencies", out var currencies) && currencies.ValueKind == JsonValueKind.Array)
        {
            if (currency is null)
            {
                return Deny("'transaction_currency' is required because the credential restricts currencies");
            }

            if (!ContainsString(currencies, currency))
            {
                return Deny($"currency '{Jose.JwsParser.Safe(currency)}' is not authorised");
            }
        }

        if (claims.TryGetProperty("spend_limit", out var limit) && limit.ValueKind == JsonValueKind.Object)
        {
            if (!tx.TryGet("transaction_amount", out var amount) || amount.ValueKind != JsonValueKind.Number || !amount.TryGetDecimal(out var value))
            {
                return Deny("'transaction_amount' is required, as a number in minor units, because the credential has a spend limit");
            }

            if (limit.TryGetProperty("currency"u8, out var limitCurrency) && limitCurrency.ValueKind == JsonValueKind.String &&
                (currency is null || !limitCurrency.ValueEquals(currency)))
            {
                return Deny(currency is null
                    ? $"'transaction_currency' is required because the spend limit is in {limitCurrency.GetString()}"
                    : $"the spend limit is in {limitCurrency.GetString()}, the transaction in {Jose.JwsParser.Safe(currency)}");
            }

            var max = limit.GetProperty("amount").GetDecimal(); // the schema step made sure it is a representable number
            if (value > max)
            {
                return Deny($"amount {value} exceeds the spend limit {max}");
            }
        }

        return null;
    }

    private static bool ContainsString(JsonElement array, string value)
    {
        foreach (var a in array.EnumerateArray())
        {
            if (a.ValueEquals(value))
            {
                return true;
            }
        }

        return false;
    }

    private static string? FirstFailedCondition(JsonElement conditions, TransactionContext tx)
    {
        foreach (var c in conditions.EnumerateArray())
        {
            var field = c.GetProperty("field"u8);
            var op = c.TryGetProperty("op"u8, out var o) && o.ValueKind == JsonValueKind.String ? o : c.GetProperty("operator"u8);
            var expected = c.GetProperty("value"u8);
            if (!tx.TryGet(field, out var actual))
            {
                return $"condition on '{field.GetString()}' denies: the field is missing from the transaction context";
            }

            bool? holds = Operator(op) switch
            {
                "eq" => Compare(actual, expected) == 0,
                "ne" => Compare(actual, expected) is { } n && n != 0,
                "lt" => Compare(actual, expected) < 0,
                "lte" => Compare(actual, expected) <= 0,
                "gt" => Compare(actual, expected) > 0,
                "gte" => Compare(actual, expected) >= 0,
                "in" => expected.ValueKind == JsonValueKind.Array && AnyEqual(actual, expected),
                // A value that cannot be compared with an entry is not known to be outside the list: the condition fails.
                "not_in" => expected.ValueKind == JsonValueKind.Array && AllComparableAndDifferent(actual, expected),
                _ => null,
            };

            if (holds is null)
            {
                return $"condition on '{field.GetString()}' uses unknown operator '{Jose.JwsParser.Safe(op.GetString())}'";
            }

            if (holds == false)
            {
                return $"condition {field.GetString()} {op.GetString()} {expected.GetRawText()} does not hold (value {actual.GetRawText()})";
            }
        }

        return null;
    }

    /// <summary>The operator as one of the known constants (no allocation), or null for any other value.</summary>
    private static string? Operator(JsonElement op)
    {
        foreach (var known in (ReadOnlySpan<string>)["eq", "ne", "lt", "lte", "gt", "gte", "in", "not_in"])
        {
            if (op.ValueEquals(known))
            {
                return known;
            }
        }

        return null;
    }

    private static bool AnyEqual(JsonElement actual, JsonElement list)
    {
        foreach (var e in list.EnumerateArray())
        {
            if (Compare(actual, e) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllComparableAndDifferent(JsonElement actual, JsonElement list)
    {
        foreach (var e in list.EnumerateArray())
        {
            if (Compare(actual, e) is not { } c || c == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Numbers numerically, strings ordinally; null when the types differ (so the condition does not hold).</summary>
    private static int? Compare(JsonElement a, JsonElement b)
    {
        if (a.ValueKind == JsonValueKind.Number && b.ValueKind == JsonValueKind.Number && a.TryGetDecimal(out var x) && b.TryGetDecimal(out var y))
        {
            return x.CompareTo(y);
        }

        if (a.ValueKind == JsonValueKind.String && b.ValueKind == JsonValueKind.String)
        {
            return string.CompareOrdinal(a.GetString(), b.GetString());
        }

        if (a.ValueKind is JsonValueKind.True or JsonValueKind.False && b.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return a.ValueKind == b.ValueKind ? 0 : 1;
        }

        return null;
    }

    private static StepFailure Deny(string reason) => new(VerificationCodes.PolicyDenied, "Policy denied: " + reason + ".");
}
