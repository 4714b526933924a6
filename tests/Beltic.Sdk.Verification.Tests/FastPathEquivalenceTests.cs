using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Beltic.Sdk.Verification.Tests.Support;
using Beltic.Verification;
using Beltic.Verification.Fast;
using Beltic.Verification.Keys;
using Beltic.Verification.Status;

namespace Beltic.Sdk.Verification.Tests;

/// <summary>
/// The canonical fast path must decide exactly as the full path does: same code, step, message, steps and exposed
/// facts, for the canonical tokens and for hundreds of mutations of them (each member removed, retyped, escaped,
/// duplicated). Any token the fast path is unsure of goes to the full path, so agreement is the whole contract.
/// </summary>
public class FastPathEquivalenceTests
{
    private static readonly TestIssuer Issuer = new();
    private static readonly string[] Types = ["agent_authorization", "business", "user", "outcome_attestation"];
    private static readonly string[] Replacements = ["null", "42", "-1", "1.5", "1e3", "\"\"", "\"x\"", "\"\\u0078\"", "[]", "{}", "true", "[\"x\"]", "[{}]", "{\"a\":1}", "\"2026-06-01T12:00:00Z\""];

    [Theory]
    [InlineData("agent_authorization")]
    [InlineData("business")]
    [InlineData("user")]
    [InlineData("outcome_attestation")]
    public void Canonical_tokens_take_the_fast_path(string type)
    {
        var keys = new IssuerKeyResolver(StaticJwksProvider.FromJson(Issuer.Jwks()), [TestIssuer.Issuer]);
        Assert.NotNull(CanonicalToken.TryRead(Issuer.Sign(TestIssuer.Payload(type)), 65536, keys));
    }

    [Fact]
    public async Task Mutations_of_the_payload_get_the_same_verdict_on_both_paths()
    {
        var keys = new IssuerKeyResolver(StaticJwksProvider.FromJson(Issuer.Jwks()), [TestIssuer.Issuer]);
        int count = 0, fast = 0;
        foreach (var type in Types)
        {
            foreach (var payload in PayloadMutations(TestIssuer.Payload(type)))
            {
                var token = Issuer.SignRaw(Issuer.Header(), payload);
                await AssertSame(token);
                count++;
                fast += CanonicalToken.TryRead(token, 65536, keys) is null ? 0 : 1;
            }
        }

        // Both kinds must be well represented, or the comparison proves little.
        Assert.True(count > 1000 && fast > 200 && count - fast > 500, $"{count} mutations, {fast} on the fast path");
    }

    [Fact]
    public async Task Mutations_of_the_header_get_the_same_verdict_on_both_paths()
    {
        var payload = TestIssuer.Payload().ToJsonString();
        string[] headers =
        [
            """{"alg":"ES256","kid":"k1"}""", """{"kid":"k1","alg":"ES256","typ":"JWT"}""", """{"alg":"ES256","kid":"k1","typ":"application/VC+JWT"}""",
            """{"alg":"ES256","kid":"k1","cty":"vc"}""", """{"alg":"ES256","kid":"k1","cty":"JWT"}""", """{"alg":"ES256","kid":"k1","typ":"at+jwt"}""",
            """{"alg":"ES256","kid":"k1","crit":[]}""", """{"alg":"ES256","kid":"k1","zip":"DEF"}""", """{"alg":"ES256","kid":"k1","kid":"k1"}""",
            """{"alg":"ES256","\u006bid":"k1"}""", """{"alg":"ES256","kid":"k\u0031"}""", """{"alg":"es256","kid":"k1"}""", """{"alg":"ES256"}""",
            """{"alg":"ES256","kid":""}""", """{"alg":"ES256","kid":42}""", """{"alg":"ES256","kid":"k1","iss":"did:web:beltic.com"}""",
            """{"alg":"ES256","kid":"k1","iss":"did:web:other"}""", """{"alg":"ES256","kid":"k1","jku":"https://evil"}""", """{"alg":"ES256","kid":"did:web:beltic.com#k1"}""",
            """{"alg":"ES256","kid":"k1"} """, """ {"alg":"ES256","kid":"k1"}""", """{"alg":"ES256","kid":"k1"}x""", """[{"alg":"ES256","kid":"k1"}]""",
            """{"alg":"ES256","kid":"k1","typ":"vc+jwt","typ":"vc+jwt"}""", """{"alg":"ES256","kid":"k2"}""", "{\"alg\":\"ES256\",\"kid\":\"" + new string('k', 257) + "\"}",
        ];
        foreach (var header in headers)
        {
            await AssertSame(Issuer.SignRaw(header, payload));
        }

        var token = Issuer.Sign(TestIssuer.Payload());
        foreach (var variant in new[] { token + "=", token[..^2] + "AA", token.Replace('.', '!'), "a." + token, token + ".x", "\uFEFF" + token, token[..^86] })
        {
            await AssertSame(variant);
        }
    }

    [Fact]
    public async Task Context_variations_get_the_same_verdict_on_both_paths()
    {
        var token = Issuer.Sign(TestIssuer.Payload().Also(p => p["aud"] = new JsonArray("https://a.example", 42, "https://b.example")));
        var tx = TransactionContext.Create("wallet", "payment_authorize", "wal_1", 60000, "USD");
        VerificationContext?[] contexts =
        [
            null, new() { ExpectedAudience = "https://b.example" }, new() { ExpectedAudience = "https://c.example" },
            new() { Now = TestIssuer.Now.AddDays(200) }, new() { Now = TestIssuer.Now.AddDays(-20) }, new() { Transaction = tx },
            new() { Transaction = TransactionContext.Create("wallet", "payment_authorize", "wal_1", 100, "USD") },
        ];
        foreach (var context in contexts)
        {
            await AssertSame(token, context);
        }
    }

    private static async Task AssertSame(string token, VerificationContext? context = null)
    {
        var list = TestIssuer.StatusList(TestIssuer.EncodedList(16_384, 7));
        var fast = await Verify(token, list, context, fullPathOnly: false);
        var full = await Verify(token, list, context, fullPathOnly: true);
        Assert.Equal(Describe(full), Describe(fast));
    }

    private static Task<VerificationResult> Verify(string token, string list, VerificationContext? context, bool fullPathOnly)
        => Verifiers.Offline(Issuer, list, o => typeof(CredentialVerifierOptions).GetProperty("FullPathOnly", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.SetValue(o, fullPathOnly))
            .VerifyAsync(token, context).AsTask();

    /// <summary>Everything a caller can observe of a result.</summary>
    internal static string Describe(VerificationResult r)
    {
        var sb = new StringBuilder().Append(r.Code).Append('|').Append(r.FailedStep).Append('|').Append(r.Message).Append('\n');
        foreach (var s in r.Steps)
        {
            sb.Append(s.Name).Append(':').Append(s.Status).Append(':').Append(s.Message).Append('\n');
        }

        if (r.Credential is { } c)
        {
            sb.Append(string.Join("|", c.Issuer, c.Kid, c.CredentialType, c.Id, c.SubjectId, c.ValidFrom?.ToUnixTimeMilliseconds(), c.ValidUntil?.ToUnixTimeMilliseconds(),
                c.IssuedAt?.ToUnixTimeMilliseconds(), c.StatusListIndex, c.StatusListCredential, c.Subject?.GetRawText(), c.Claims?.GetRawText(), c.Header.GetRawText(), c.Payload.GetRawText()));
        }

        return sb.ToString();
    }

    /// <summary>Each member of the payload, its subject, first permission and status removed, replaced, escaped or duplicated.</summary>
    private static IEnumerable<string> PayloadMutations(JsonObject payload)
    {
        yield return payload.ToJsonString();
        foreach (var (path, holder) in Holders(payload))
        {
            foreach (var name in holder.Select(m => m.Key).ToList())
            {
                var original = holder[name]?.DeepClone();
                holder.Remove(name);
                yield return payload.ToJsonString();
                foreach (var replacement in Replacements)
                {
                    holder[name] = JsonNode.Parse(replacement);
                    yield return payload.ToJsonString();
                }

                holder[name] = original;
                var text = payload.ToJsonString();
                var member = $"\"{name}\":";
                var at = text.IndexOf(member, StringComparison.Ordinal);
                yield return text.Remove(at + 1, 1).Insert(at + 1, $"\\u{(int)name[0]:x4}"); // escaped name
                yield return text.Insert(at, member + "null,");                                   // duplicated name
                if (original is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().Length > 0)
                {
                    var s = v.GetValue<string>();
                    yield return text.Replace(member + JsonSerializer.Serialize(s), member + "\"\\u" + ((int)s[0]).ToString("x4") + s[1..] + "\"", StringComparison.Ordinal); // escaped value
                }

                _ = path;
            }
        }
    }

    private static IEnumerable<(string Path, JsonObject Holder)> Holders(JsonObject payload)
    {
        yield return ("", payload);
        if (payload["credentialSubject"] is JsonObject subject)
        {
            yield return ("credentialSubject", subject);
            if (subject["permissions"] is JsonArray { Count: > 0 } perms && perms[0] is JsonObject perm)
            {
                yield return ("permission", perm);
                if (perm["conditions"] is JsonArray { Count: > 0 } conds && conds[0] is JsonObject cond)
                {
                    yield return ("condition", cond);
                }
            }

            if (subject["spend_limit"] is JsonObject limit)
            {
                yield return ("spend_limit", limit);
            }
        }

        if (payload["credentialStatus"] is JsonObject status)
        {
            yield return ("credentialStatus", status);
        }
    }
}
