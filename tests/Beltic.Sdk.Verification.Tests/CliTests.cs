using System.Text.Json;
using Beltic.Sdk.Verification.Tests.Support;
using Beltic.Verify.Cli;

namespace Beltic.Sdk.Verification.Tests;

public sealed class CliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("beltic-cli-").FullName;
    private readonly TestIssuer _issuer = new();

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static async Task<(int Exit, string Out, string Err)> Run(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CliApp.RunAsync(args, new StringReader(stdin), output, error, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }

    private string[] Offline(params string[] more)
        => ["--jwks", Write("jwks.json", _issuer.Jwks()), "--status-list", Write("status.json", TestIssuer.StatusList(TestIssuer.EncodedList(16_384, 7))), "--now", "2026-06-01T12:00:00Z", .. more];

    [Fact]
    public async Task A_valid_token_prints_the_json_contract_and_exits_0()
    {
        var (exit, stdout, _) = await Run("", [.. Offline("--json"), _issuer.Sign(TestIssuer.Payload())]);

        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;
        Assert.True(root.GetProperty("valid").GetBoolean());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("code").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("step").ValueKind);
        Assert.Equal(7, root.GetProperty("steps").GetArrayLength());
        Assert.Equal("parse", root.GetProperty("steps")[0].GetProperty("name").GetString());
        Assert.Equal("passed", root.GetProperty("steps")[0].GetProperty("status").GetString());
        Assert.Equal(1, root.GetProperty("steps")[0].GetProperty("step").GetInt32());
        Assert.Equal(["valid", "code", "step", "step_name", "message", "steps"], root.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task A_revoked_token_read_from_a_file_exits_1_with_code_and_step()
    {
        var tokenFile = Write("token.jwt", _issuer.Sign(TestIssuer.Payload(statusIndex: 7)) + "\n");

        var (exit, stdout, _) = await Run("", [.. Offline("--json"), "@" + tokenFile]);

        Assert.Equal(1, exit);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal("revoked", doc.RootElement.GetProperty("code").GetString());
        Assert.Equal(6, doc.RootElement.GetProperty("step").GetInt32());
        Assert.Equal("status", doc.RootElement.GetProperty("step_name").GetString());
        Assert.Equal("skipped", doc.RootElement.GetProperty("steps")[6].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Skip_status_now_audience_context_issuer_and_stdin_work()
    {
        var p = TestIssuer.Payload(statusIndex: 7);
        p["aud"] = "merchant_1";
        var token = _issuer.Sign(p);
        var ctx = Write("ctx.json", """{"resource_type":"wallet","action":"checkout","transaction_amount":70000,"transaction_currency":"USD"}""");

        var skipped = await Run(token, [.. Offline("--skip-status", "--audience", "merchant_1"), "-"]);
        var denied = await Run(token, [.. Offline("--skip-status", "--context", ctx, "--json"), "-"]);
        var later = await Run("", [.. Offline("--now", "2027-01-01T00:00:00Z", "--json"), token]);
        var untrusted = await Run("", [.. Offline("--issuer", "did:web:someone.else", "--json"), token]);

        Assert.Equal(0, skipped.Exit);
        Assert.Contains("VALID credential", skipped.Out);
        Assert.Contains("6. status    skip", skipped.Out);
        Assert.Equal(1, denied.Exit);
        Assert.Contains("\"policy_denied\"", denied.Out);
        Assert.Contains("\"expired\"", later.Out);
        Assert.Contains("\"untrusted_issuer\"", untrusted.Out);
    }

    [Fact]
    public async Task Per_url_status_lists_are_used()
    {
        var list = Write("url-list.json", TestIssuer.StatusList(TestIssuer.EncodedList(16_384, 3)));

        var (exit, stdout, _) = await Run("", "--jwks", Write("jwks.json", _issuer.Jwks()), "--status-list", $"{TestIssuer.StatusUrl}={list}",
            "--now", "2026-06-01T12:00:00Z", "--json", _issuer.Sign(TestIssuer.Payload(statusIndex: 3)));

        Assert.Equal(1, exit);
        Assert.Contains("\"revoked\"", stdout);
    }

    [Theory]
    [InlineData("--bogus", "x")]
    [InlineData("--now", "yesterday", "x")]
    [InlineData("--json")]
    [InlineData("--jwks", "/nonexistent/jwks.json", "x")]
    public async Task Usage_and_io_errors_exit_2(params string[] args)
    {
        var (exit, _, stderr) = await Run("", args);

        Assert.Equal(2, exit);
        Assert.Contains("error:", stderr);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task Help_prints_the_usage_and_the_exit_codes_and_exits_0(string flag)
    {
        var (exit, stdout, stderr) = await Run("", flag);

        Assert.Equal(0, exit);
        Assert.Contains("usage: beltic-verify", stdout);
        Assert.Contains("key_unavailable", stdout);
        Assert.Equal("", stderr);
    }

    [Fact]
    public async Task Version_prints_the_version_and_exits_0()
    {
        var (exit, stdout, _) = await Run("", "--version");

        Assert.Equal(0, exit);
        Assert.Matches(@"^beltic-verify \d+\.\d+\.\d+", stdout);
    }

    [Fact]
    public async Task An_unreachable_jwks_url_is_an_io_error_not_a_verdict()
    {
        // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
        var (exit, stdout, stderr) = await Run("", "--jwks", "http://127.0.0.1:9/jwks.json", "--skip-status", "--json", _issuer.Sign(TestIssuer.Payload()));

        Assert.Equal(2, exit);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal("key_unavailable", doc.RootElement.GetProperty("code").GetString());
        Assert.Contains("error:", stderr);
    }

    [Fact]
    public async Task A_file_that_is_not_a_jwks_says_what_is_wrong_without_identitymodel_noise()
    {
        var (exit, _, stderr) = await Run("", "--jwks", Write("not-jwks.json", """{"kty":"EC"}"""), "x");

        Assert.Equal(2, exit);
        Assert.Contains("no \"keys\" array", stderr);
        Assert.DoesNotContain("IDX", stderr);
        Assert.DoesNotContain("PII", stderr);
    }

    [Fact]
    public async Task The_json_output_does_not_html_escape()
    {
        var p = TestIssuer.Payload();
        p["credentialSubject"]!["id"] = "agent+1<2>&'x";
        p["sub"] = "agent+1<2>&'x";

        var (exit, stdout, _) = await Run("", [.. Offline("--json"), _issuer.Sign(p)]);

        Assert.Equal(0, exit);
        Assert.Contains("agent+1<2>&'x", stdout);
        Assert.DoesNotContain("\\u002B", stdout);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
