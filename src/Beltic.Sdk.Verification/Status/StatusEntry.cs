using System.Globalization;
using System.Text.Json;
using Beltic.Verification.Schema;

namespace Beltic.Verification.Status;

/// <summary>One <c>StatusList2021Entry</c> / <c>BitstringStatusListEntry</c> of a credential, or why it is unusable.</summary>
internal readonly record struct StatusEntry(long? Index, string? Url, string Purpose, string? Problem)
{
    /// <summary>The entries of a <c>credentialStatus</c> value whose type this verifier understands (others are ignored).</summary>
    public static List<StatusEntry> ReadAll(JsonElement credentialStatus)
    {
        var entries = new List<StatusEntry>(1);
        if (credentialStatus.ValueKind == JsonValueKind.Array)
        {
            foreach (var e in credentialStatus.EnumerateArray())
            {
                if (IsStatusEntry(e))
                {
                    entries.Add(Read(e));
                }
            }
        }
        else if (IsStatusEntry(credentialStatus))
        {
            entries.Add(Read(credentialStatus));
        }

        return entries;
    }

    /// <summary>An entry of a type this verifier understands; <c>type</c> may be a string or an array of strings.</summary>
    private static bool IsStatusEntry(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty("type"u8, out var t))
        {
            return false;
        }

        return t.ValueKind switch
        {
            JsonValueKind.String => IsKnown(t),
            JsonValueKind.Array => t.EnumerateArray().Any(x => x.ValueKind == JsonValueKind.String && IsKnown(x)),
            _ => false,
        };

        static bool IsKnown(JsonElement type) => type.ValueEquals("StatusList2021Entry"u8) || type.ValueEquals("BitstringStatusListEntry"u8);
    }

    private static StatusEntry Read(JsonElement entry)
    {
        long? index = null;
        var url = VcPayload.String(entry, "statusListCredential");
        var purpose = VcPayload.String(entry, "statusPurpose") ?? "revocation";
        if (entry.TryGetProperty("statusListIndex"u8, out var idx))
        {
            if (idx.ValueKind == JsonValueKind.String && idx.GetString() is { Length: > 0 and <= 12 } s && !s.AsSpan().ContainsAnyExceptInRange('0', '9'))
            {
                index = long.Parse(s, CultureInfo.InvariantCulture);
            }
            else if (idx.ValueKind == JsonValueKind.Number && idx.TryGetInt64(out var n) && n >= 0)
            {
                index = n;
            }
        }

        var hasSize = entry.TryGetProperty("statusSize"u8, out var size);
        return Create(index, url, purpose, hasSize, hasSize && size.ValueKind == JsonValueKind.Number && size.TryGetInt32(out var bits) && bits == 1);
    }

    /// <summary>An understood entry from its read members, with the first problem that makes it unusable.</summary>
    public static StatusEntry Create(long? index, string? url, string purpose, bool hasSize, bool sizeIsOne)
    {
        string? problem = null;
        if (index is null)
        {
            problem = "statusListIndex is not a non-negative integer";
        }
        else if (url is null || !(url.StartsWith("https://", StringComparison.Ordinal) || url.StartsWith("http://", StringComparison.Ordinal)))
        {
            problem = "statusListCredential is not an absolute URL";
        }
        else if (hasSize && !sizeIsOne)
        {
            problem = "multi-bit status entries (statusSize > 1) are not supported";
        }

        return new StatusEntry(index, url, purpose, problem);
    }
}
