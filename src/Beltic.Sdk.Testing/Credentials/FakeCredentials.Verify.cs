using System.Text.Json;
using System.Text.Json.Nodes;
using Beltic.Testing.Hosting;
using Beltic.Verification;
using Microsoft.AspNetCore.Http;

namespace Beltic.Testing.Credentials;

/// <summary>Server-side verify: the same seven-step check as <c>Beltic.Sdk.Verification</c>, answered as §2 documents (200 either way).</summary>
internal sealed partial class FakeCredentials
{
    private async Task VerifyAsync(HttpContext context)
    {
        if (await FakeHttp.ReadObjectAsync(context).ConfigureAwait(false) is not { } body)
        {
            return;
        }

        if (IssueChecks.Str(body, "credential") is not { Length: > 0 } jwt)
        {
            await ValidationAsync(context, "credential", "credential must be the JWT-VC (a credential's signed_payload).").ConfigureAwait(false);
            return;
        }

        VerificationContext? verificationContext = null;
        if (body["context"] is JsonObject ctx)
        {
            var transaction = (JsonObject)ctx.DeepClone();
            transaction.Remove("audience");
            verificationContext = new VerificationContext
            {
                ExpectedAudience = IssueChecks.Str(ctx, "audience"),
                Transaction = transaction.ContainsKey("resource_type") ? TransactionContext.Parse(transaction.ToJsonString()) : null,
            };
        }

        var result = await Verifier.VerifyAsync(jwt, verificationContext, context.RequestAborted).ConfigureAwait(false);
        var stored = All.FirstOrDefault(c => c.SignedPayload == jwt);
        if (stored is not null)
        {
            Audit("credential.verified", stored, result.IsValid ? "success" : "denied", context, result.Code);
        }

        if (!result.IsValid)
        {
            await FakeHttp.JsonAsync(context, 200, new JsonObject { ["valid"] = false, ["reason"] = result.Code, ["message"] = result.Message }).ConfigureAwait(false);
            return;
        }

        var credential = result.Credential!;
        var claims = credential.Claims is { } c ? JsonNode.Parse(c.GetRawText()) : null;
        await FakeHttp.JsonAsync(context, 200, new JsonObject
        {
            ["valid"] = true,
            ["status"] = stored?.Status ?? "active",
            ["credential_type"] = credential.CredentialType,
            ["credential_id"] = stored?.Id,
            ["subject"] = stored?.Subject.DeepClone() ?? new JsonObject { ["id"] = credential.SubjectId },
            ["claims"] = stored?.Claims.DeepClone() ?? claims,
            ["trust_level"] = credential.GetClaimString("trust_level"),
            ["issuer_did"] = credential.Issuer,
            ["expires_at"] = credential.ValidUntil is { } until ? FakeHttp.Iso(until) : null,
        }).ConfigureAwait(false);
    }
}
