namespace Beltic.Verify.Cli;

/// <summary>Parsed command line.</summary>
internal sealed class CliOptions
{
    public string? Jwks { get; set; }

    public string? DefaultStatusList { get; set; }

    public Dictionary<string, string> StatusLists { get; } = new(StringComparer.Ordinal);

    public List<string> Issuers { get; } = [];

    public string? Audience { get; set; }

    public string? ContextFile { get; set; }

    public DateTimeOffset? Now { get; set; }

    public bool SkipStatus { get; set; }

    public bool Json { get; set; }

    public string? Token { get; set; }

    public bool Help { get; set; }

    public bool Version { get; set; }

    public const string Usage = """
        usage: beltic-verify [options] TOKEN
          TOKEN                  the JWT, @path to read it from a file, or - for stdin
          --jwks FILE|URL        the issuer JWKS (a file works offline)
          --status-list FILE     status list used for every status-list URL
          --status-list URL=FILE status list for one URL (repeatable)
          --issuer DID           trusted issuer (repeatable; default did:web:beltic.com)
          --audience AUD         expected audience
          --context FILE         transaction context JSON (enables the policy step)
          --now ISO-8601         evaluate as of this instant
          --skip-status          do not check revocation (accepts revoked credentials)
          --json                 print one JSON object
          --version              print the version
          -h, --help             print this help
        exit code:
          0  the credential is valid
          1  the credential is invalid (the code and failed step say why)
          2  usage error, or an input or key source that could not be read (a missing file, an
             unreachable or non-JWKS --jwks: code key_unavailable); nothing was decided about the token
        """;

    /// <summary>Parses <paramref name="args"/>; returns an error message or null.</summary>
    public static string? TryParse(string[] args, out CliOptions options)
    {
        options = new CliOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var a = args[i];
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{a} needs a value.");
            try
            {
                switch (a)
                {
                    case "--jwks": options.Jwks = Next(); break;
                    case "--status-list":
                        var v = Next();
                        var eq = v.IndexOf('=', StringComparison.Ordinal);
                        if (eq > 0 && (v.StartsWith("https://", StringComparison.Ordinal) || v.StartsWith("http://", StringComparison.Ordinal)))
                        {
                            options.StatusLists[v[..eq]] = v[(eq + 1)..];
                        }
                        else
                        {
                            options.DefaultStatusList = v;
                        }

                        break;
                    case "--issuer": options.Issuers.Add(Next()); break;
                    case "--audience": options.Audience = Next(); break;
                    case "--context": options.ContextFile = Next(); break;
                    case "--now":
                        var text = Next();
                        if (!DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var now))
                        {
                            return $"--now: '{text}' is not an ISO-8601 instant.";
                        }

                        options.Now = now;
                        break;
                    case "--skip-status": options.SkipStatus = true; break;
                    case "--json": options.Json = true; break;
                    case "-h" or "--help":
                        options.Help = true;
                        return null;
                    case "--version":
                        options.Version = true;
                        return null;
                    default:
                        if (a.StartsWith("--", StringComparison.Ordinal))
                        {
                            return $"unknown option {a}";
                        }

                        if (options.Token is not null)
                        {
                            return "only one TOKEN may be given";
                        }

                        options.Token = a;
                        break;
                }
            }
            catch (ArgumentException ex)
            {
                return ex.Message;
            }
        }

        return options.Token is null ? "a TOKEN is required" : null;
    }
}
