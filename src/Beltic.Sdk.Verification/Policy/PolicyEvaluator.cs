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
    public static StepFailure? Evaluate(SubjectFacts credential, TransactionContext tx)
    {
        var claims = credential.Claims;
        claims.TryGetProperty("permissions", out var permissions);

        var resourceType = tx.GetString("resource_type");
        var resourceId = tx.GetString("resource_id");
        var action = tx.GetString("action");
        if (resourceType is null || action is null)
        {
            return Deny("the transaction context needs 'resource_type' and 'action'");
        }

        string? lastReason = null;
        var matched = false;
        foreach (var p in permissions.EnumerateArray())
        {
            if (VcPayload.String(p, "resource_type") != resourceType)
            {
                continue;
            }

            var permId = VcPayload.String(p, "resource_id") ?? "*";
            if (permId != "*" && permId != resourceId)
            {
                continue;
            }

            if (!p.GetProperty("actions").EnumerateArray().Any(a => a.ValueEquals(action)))
            {
                lastReason ??= $"action '{action}' is not allowed on {resourceType}";
                continue;
            }

            var failed = p.TryGetProperty("conditions", out var conditions) ? FirstFailedCondition(conditions, tx) : null;
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

        var currency = tx.GetString("transaction_currency");
        if (claims.TryGetProperty("authorized_currencies", out var currencies) && currencies.ValueKind == JsonValueKind.Array)
        {
            if (currency is null)
            {
                return Deny("'transaction_currency' is required because the credential restricts currencies");
            }

            if (!currencies.EnumerateArray().Any(c => c.ValueEquals(currency)))
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

            if (VcPayload.String(limit, "currency") is { } limitCurrency && limitCurrency != currency)
            {
                return Deny(currency is null
                    ? $"'transaction_currency' is required because the spend limit is in {limitCurrency}"
                    : $"the spend limit is in {limitCurrency}, the transaction in {Jose.JwsParser.Safe(currency)}");
            }

            var max = limit.GetProperty("amount").GetDecimal(); // the schema step made sure it is a representable number
            if (value > max)
            {
                return Deny($"amount {value} exceeds the spend limit {max}");
            }
        }

        return null;
    }

    private static string? FirstFailedCondition(JsonElement conditions, TransactionContext tx)
    {
        foreach (var c in conditions.EnumerateArray())
        {
            var field = VcPayload.String(c, "field")!;
            var op = VcPayload.String(c, "op") ?? VcPayload.String(c, "operator")!;
            var expected = c.GetProperty("value");
            if (!tx.TryGet(field, out var actual))
            {
                return $"condition on '{field}' denies: the field is missing from the transaction context";
            }

            bool? holds = op switch
            {
                "eq" => Compare(actual, expected) == 0,
                "ne" => Compare(actual, expected) is { } n && n != 0,
                "lt" => Compare(actual, expected) < 0,
                "lte" => Compare(actual, expected) <= 0,
                "gt" => Compare(actual, expected) > 0,
                "gte" => Compare(actual, expected) >= 0,
                "in" => expected.ValueKind == JsonValueKind.Array && expected.EnumerateArray().Any(e => Compare(actual, e) == 0),
                // A value that cannot be compared with an entry is not known to be outside the list: the condition fails.
                "not_in" => expected.ValueKind == JsonValueKind.Array && expected.EnumerateArray().All(e => Compare(actual, e) is { } c && c != 0),
                _ => null,
            };

            if (holds is null)
            {
                return $"condition on '{field}' uses unknown operator '{Jose.JwsParser.Safe(op)}'";
            }

            if (holds == false)
            {
                return $"condition {field} {op} {expected.GetRawText()} does not hold (value {actual.GetRawText()})";
            }
        }

        return null;
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
