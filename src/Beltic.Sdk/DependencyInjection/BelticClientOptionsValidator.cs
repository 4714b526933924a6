using Microsoft.Extensions.Options;

namespace Beltic.DependencyInjection;

/// <summary>
/// Start-up validation of <see cref="BelticClientOptions"/>: every failure names the option, so a bad key fails at
/// start-up instead of as a 401 on the first call. Never echoes the key's value.
/// </summary>
internal sealed class BelticClientOptionsValidator : IValidateOptions<BelticClientOptions>
{
    private static readonly TimeSpan MinTimeout = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan MaxTimeout = TimeSpan.FromHours(24);

    public ValidateOptionsResult Validate(string? name, BelticClientOptions options)
    {
        var failures = Collect(options);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    internal static List<string> Collect(BelticClientOptions o)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(o.ApiKey))
        {
            if (o.RequireApiKey)
            {
                failures.Add("BelticClientOptions.ApiKey (configuration 'Beltic:ApiKey') is required: set it to your sk_staging_… or sk_production_… key from the Beltic Console (Settings → API Keys), or set RequireApiKey = false to call only the public endpoints.");
            }
        }
        else if (Http.ApiKeys.Problem(o.ApiKey) is { } problem)
        {
            failures.Add("BelticClientOptions.ApiKey (configuration 'Beltic:ApiKey') " + problem);
        }

        if (o.BaseAddress is null || !o.BaseAddress.IsAbsoluteUri || (o.BaseAddress.Scheme != Uri.UriSchemeHttps && o.BaseAddress.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add("BelticClientOptions.BaseAddress must be an absolute http(s) URI, e.g. https://api.beltic.com/v1.");
        }

        if (o.WellKnownBaseAddress is { } wk && (!wk.IsAbsoluteUri || (wk.Scheme != Uri.UriSchemeHttps && wk.Scheme != Uri.UriSchemeHttp)))
        {
            failures.Add("BelticClientOptions.WellKnownBaseAddress must be an absolute http(s) URI, e.g. https://api.beltic.com.");
        }

        if (o.MaxRetries is < 0 or > 10)
        {
            failures.Add($"BelticClientOptions.MaxRetries must be between 0 and 10 (was {o.MaxRetries}).");
        }

        if (o.Timeout < MinTimeout || o.Timeout > MaxTimeout)
        {
            failures.Add($"BelticClientOptions.Timeout must be between 10 ms and 24 h (was {o.Timeout}).");
        }

        if (o.AttemptTimeout < MinTimeout || o.AttemptTimeout > MaxTimeout)
        {
            failures.Add($"BelticClientOptions.AttemptTimeout must be between 10 ms and 24 h (was {o.AttemptTimeout}).");
        }

        if (o.RateLimitQueueLimit is < 0 or > 1_000_000)
        {
            failures.Add($"BelticClientOptions.RateLimitQueueLimit must be between 0 and 1,000,000 (was {o.RateLimitQueueLimit}).");
        }

        if (o.MaxRetryAfter < TimeSpan.Zero)
        {
            failures.Add($"BelticClientOptions.MaxRetryAfter must not be negative (was {o.MaxRetryAfter}).");
        }

        return failures;
    }
}
