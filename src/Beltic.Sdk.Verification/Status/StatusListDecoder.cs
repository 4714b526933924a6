using System.Buffers;
using System.Buffers.Binary;
using System.Buffers.Text;
using System.IO.Compression;
using System.Text.Json;
using Beltic.Verification.Schema;

namespace Beltic.Verification.Status;

/// <summary>
/// Reads a status-list document: bare <c>{encodedList}</c>, a StatusList2021/BitstringStatusList credential, or the
/// payload of a verified JWS. <c>encodedList</c> is base64url (optional multibase <c>u</c>) of GZIP; the decompressed
/// list must be at least 16,384 bytes and at most the configured cap (gzip-bomb guard).
/// </summary>
internal static class StatusListDecoder
{
    public const int MinimumBytes = 16_384;

    public static DecodedStatusList FromJson(JsonElement root, int maxBytes)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return DecodedStatusList.Failed("the status list is not a JSON object");
        }

        // The same single-view rule as for credentials: one data model, and no second copy of the list beside it. A list
        // in a `vc` claim without the v1 context is still read from `vc`, so nothing may compete with it at the top level.
        var model = VcPayload.Detect(root, out var vc);
        var inVcClaim = model == VcDataModel.Unrecognised && root.TryGetProperty("vc"u8, out var claim) && claim.ValueKind == JsonValueKind.Object;
        if (VcPayload.ModelConflict(root, inVcClaim ? VcDataModel.Vc11 : model) is { } conflict)
        {
            return DecodedStatusList.Failed("the status list document is ambiguous: " + conflict);
        }

        var hasDirect = vc.TryGetProperty("encodedList", out _);
        var hasSubject = vc.TryGetProperty("credentialSubject", out var subject);
        if (hasDirect && hasSubject)
        {
            return DecodedStatusList.Failed("the status list document is ambiguous: it has an encodedList both directly and in credentialSubject");
        }

        var holder = vc;
        if (!hasDirect)
        {
            if (!hasSubject || subject.ValueKind != JsonValueKind.Object)
            {
                return DecodedStatusList.Failed("the status list has no encodedList");
            }

            if (vc.TryGetProperty("type", out var types) && !HasAny(types, "StatusList2021Credential", "BitstringStatusListCredential"))
            {
                return DecodedStatusList.Failed("the status list credential's type is neither StatusList2021Credential nor BitstringStatusListCredential");
            }

            if (subject.TryGetProperty("type", out var subjectType) && !HasAny(subjectType, "StatusList2021", "BitstringStatusList"))
            {
                return DecodedStatusList.Failed("the status list subject's type is neither StatusList2021 nor BitstringStatusList");
            }

            holder = subject;
        }

        if (!holder.TryGetProperty("encodedList", out var encoded) || encoded.ValueKind != JsonValueKind.String)
        {
            return DecodedStatusList.Failed("encodedList is missing or not a string");
        }

        if (VcPayload.ReadIssuer(root, vc, model, out var issuer) is { } issuerProblem)
        {
            return DecodedStatusList.Failed("the status list's issuer is unclear: " + issuerProblem);
        }

        if (TimeValidator.ReadWindow(root, vc, inVcClaim ? VcDataModel.Vc11 : model, out var window) is { } timeProblem)
        {
            return DecodedStatusList.Failed("the status list's validity is unreadable: " + timeProblem.Message);
        }

        var bits = Decode(encoded.GetString()!, maxBytes, out var error);
        if (bits is null)
        {
            return DecodedStatusList.Failed(error!);
        }

        List<string>? purposes = null;
        if (holder.TryGetProperty("statusPurpose", out var purpose))
        {
            purposes = purpose.ValueKind switch
            {
                JsonValueKind.String => [purpose.GetString()!],
                JsonValueKind.Array => purpose.EnumerateArray().Where(p => p.ValueKind == JsonValueKind.String).Select(p => p.GetString()!).ToList(),
                _ => [],
            };
        }

        return new DecodedStatusList { Bits = bits, Purposes = purposes, Issuer = issuer, ValidUntil = window.ValidUntil };
    }

    /// <summary>Decodes <c>encodedList</c>; null with an error when it is not usable.</summary>
    public static byte[]? Decode(string encodedList, int maxBytes, out string? error)
    {
        error = null;
        var text = encodedList.AsSpan().Trim();
        if (text.Length > 0 && text[0] == 'u')
        {
            text = text[1..]; // multibase base64url prefix (Bitstring Status List)
        }

        text = text.TrimEnd('=');
        var compressed = ArrayPool<byte>.Shared.Rent(Math.Max(1, Base64Url.GetMaxDecodedLength(text.Length)));
        try
        {
            if (Base64Url.DecodeFromChars(text, compressed, out _, out var written) != OperationStatus.Done)
            {
                error = "encodedList is not base64url";
                return null;
            }

            return Inflate(compressed, written, maxBytes, out error);
        }
        catch (InvalidDataException ex)
        {
            error = "encodedList is not valid GZIP: " + ex.Message;
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(compressed);
        }
    }

    /// <summary>
    /// Gunzips straight into the result array, sized from the GZIP trailer when it is plausible, so a list costs one
    /// allocation of its own size; the cap is enforced on what is actually produced, never on the trailer's claim.
    /// </summary>
    private static byte[]? Inflate(byte[] compressed, int length, int maxBytes, out string? error)
    {
        error = null;
        using var input = new MemoryStream(compressed, 0, length, writable: false);
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        var output = new byte[InitialSize(compressed.AsSpan(0, length), maxBytes)];
        var total = 0;
        Span<byte> probe = stackalloc byte[1];
        while (true)
        {
            if (total == output.Length)
            {
                // Full: one more byte decides between "exactly this size" and "grow (or exceed the cap)".
                if (gzip.Read(probe) == 0)
                {
                    break;
                }

                if (total >= maxBytes)
                {
                    error = $"the decompressed status list exceeds {maxBytes} bytes";
                    return null;
                }

                Array.Resize(ref output, (int)Math.Min((long)output.Length * 2, maxBytes));
                output[total++] = probe[0];
                continue;
            }

            var read = gzip.Read(output, total, output.Length - total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        if (total < MinimumBytes)
        {
            error = $"the status list has {total} bytes, fewer than the minimum {MinimumBytes} (131,072 entries)";
            return null;
        }

        return total == output.Length ? output : output.AsSpan(0, total).ToArray();
    }

    /// <summary>
    /// The trailer's ISIZE (size mod 2³², attacker-controlled) held to what the input could inflate to (DEFLATE
    /// expands at most ~1032:1) and to the cap, so a lying trailer cannot make us allocate more than real data would.
    /// </summary>
    private const int InitialCap = 1 << 20;

    private static int InitialSize(ReadOnlySpan<byte> gzip, int maxBytes)
    {
        var plausible = Math.Min((long)gzip.Length * 1032 + MinimumBytes, maxBytes);
        if (gzip.Length < 18)
        {
            return (int)Math.Min(MinimumBytes, plausible);
        }

        // Never more than 1 MiB up front on the trailer's word: a bigger list grows by doubling as it really inflates.
        var claimed = BinaryPrimitives.ReadUInt32LittleEndian(gzip[^4..]);
        return (int)Math.Max(1, Math.Min(Math.Min(Math.Max(claimed, 1u), plausible), InitialCap));
    }

    private static bool HasAny(JsonElement value, string a, string b) => value.ValueKind switch
    {
        JsonValueKind.String => value.ValueEquals(a) || value.ValueEquals(b),
        JsonValueKind.Array => value.EnumerateArray().Any(v => v.ValueKind == JsonValueKind.String && (v.ValueEquals(a) || v.ValueEquals(b))),
        _ => false,
    };
}
