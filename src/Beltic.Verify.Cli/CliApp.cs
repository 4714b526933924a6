using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Beltic.Verification;
using Beltic.Verification.Keys;
using Beltic.Verification.Status;

namespace Beltic.Verify.Cli;

/// <summary>The <c>beltic-verify</c> command: exit 0 valid, 1 invalid, 2 usage or I/O error (see <see cref="CliOptions.Usage"/>).</summary>
internal static class CliApp
{
    // The JSON contract is read by scripts: no HTML-safe escaping (a '+' stays '+').
    private static readonly JsonWriterOptions JsonOutput = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Version { get; } =
        typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var error = CliOptions.TryParse(args, out var o);
        if (error is not null)
        {
            await stderr.WriteLineAsync("error: " + error);
            await stderr.WriteLineAsync(CliOptions.Usage);
            return 2;
        }

        if (o.Help || o.Version)
        {
            await stdout.WriteLineAsync(o.Help ? $"beltic-verify {Version}: verifies a Beltic JWT-VC credential in seven steps.\n{CliOptions.Usage}" : $"beltic-verify {Version}");
            return 0;
        }

        CredentialVerifier verifier;
        VerificationContext context;
        string token;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            token = (o.Token! switch
            {
                "-" => await stdin.ReadToEndAsync(cancellationToken),
                ['@', .. var path] => await File.ReadAllTextAsync(path, cancellationToken),
                var t => t,
            }).Trim();

            var options = new CredentialVerifierOptions { CheckStatus = !o.SkipStatus };
            if (o.Issuers.Count > 0)
            {
                options.TrustedIssuers.Clear();
                o.Issuers.ForEach(options.TrustedIssuers.Add);
            }

            verifier = new CredentialVerifier(await KeysAsync(o, options, http, cancellationToken), StatusLists(o, http), options);
            context = new VerificationContext
            {
                ExpectedAudience = o.Audience,
                Now = o.Now,
                Transaction = o.ContextFile is null ? null : TransactionContext.Parse(await File.ReadAllTextAsync(o.ContextFile, cancellationToken)),
            };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            await stderr.WriteLineAsync("error: " + ex.Message);
            return 2;
        }

        var result = await verifier.VerifyAsync(token, context, cancellationToken);
        await stdout.WriteLineAsync(o.Json ? ToJson(result) : ToReport(result));
        if (result.Code == VerificationCodes.KeyUnavailable)
        {
            // The key source could not be read: an I/O condition, not a verdict on the token.
            await stderr.WriteLineAsync("error: " + result.Message);
            return 2;
        }

        return result.IsValid ? 0 : 1;
    }

    private static async Task<IJwksProvider> KeysAsync(CliOptions o, CredentialVerifierOptions options, HttpClient http, CancellationToken cancellationToken)
    {
        if (o.Jwks is { } jwks && (jwks.StartsWith("https://", StringComparison.Ordinal) || jwks.StartsWith("http://", StringComparison.Ordinal)))
        {
            var online = new HttpJwksProviderOptions { RequireHttps = !jwks.StartsWith("http://", StringComparison.Ordinal) };
            online.JwksUrls.Clear();
            foreach (var issuer in options.TrustedIssuers)
            {
                online.JwksUrls[issuer] = new Uri(jwks);
            }

            return new HttpJwksProvider(http, online);
        }

        if (o.Jwks is null)
        {
            return new HttpJwksProvider(http); // Beltic's published JWKS
        }

        var set = IssuerKeySet.Parse(await File.ReadAllTextAsync(o.Jwks, cancellationToken));
        return new StaticJwksProvider(options.TrustedIssuers.ToDictionary(i => i, _ => set));
    }

    private static IStatusListProvider StatusLists(CliOptions o, HttpClient http)
    {
        if (o.DefaultStatusList is null && o.StatusLists.Count == 0)
        {
            return new HttpStatusListProvider(http);
        }

        var provider = new StaticStatusListProvider();
        if (o.DefaultStatusList is not null)
        {
            provider.ForAnyUrl(File.ReadAllText(o.DefaultStatusList));
        }

        foreach (var (url, file) in o.StatusLists)
        {
            provider.ForUrl(url, File.ReadAllText(file));
        }

        return provider;
    }

    public static string ToJson(VerificationResult r)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, JsonOutput))
        {
            w.WriteStartObject();
            w.WriteBoolean("valid", r.IsValid);
            if (r.Code is null)
            {
                w.WriteNull("code");
                w.WriteNull("step");
                w.WriteNull("step_name");
            }
            else
            {
                w.WriteString("code", r.Code);
                w.WriteNumber("step", (int)r.FailedStep!.Value);
                w.WriteString("step_name", r.Steps[(int)r.FailedStep.Value - 1].Name);
            }

            w.WriteString("message", r.Message);
            w.WriteStartArray("steps");
            foreach (var s in r.Steps)
            {
                w.WriteStartObject();
                w.WriteNumber("step", (int)s.Step);
                w.WriteString("name", s.Name);
                w.WriteString("status", s.Status.ToString().ToLowerInvariant());
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(ms.ToArray());
    }

    public static string ToReport(VerificationResult r)
    {
        var sb = new StringBuilder();
        sb.AppendLine(r.IsValid ? "VALID credential" : $"INVALID credential: {r.Code}");
        foreach (var s in r.Steps)
        {
            var mark = s.Status switch { VerificationStepStatus.Passed => "ok  ", VerificationStepStatus.Failed => "FAIL", _ => "skip" };
            sb.Append($"  {(int)s.Step}. {s.Name,-9} {mark}");
            sb.AppendLine(s.Message is null ? "" : "  " + s.Message);
        }

        if (r.Credential is { } c)
        {
            sb.AppendLine($"  type: {c.CredentialType ?? "?"}  issuer: {c.Issuer ?? "?"}  subject: {c.SubjectId ?? "?"}  kid: {c.Kid}");
            if (c.ValidUntil is { } until)
            {
                sb.AppendLine($"  valid until: {until:O}");
            }
        }

        sb.Append(r.Message);
        return sb.ToString();
    }
}
