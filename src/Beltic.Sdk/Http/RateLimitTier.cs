namespace Beltic.Http;

/// <summary>
/// One of Beltic's per-key rate-limit tiers: a sustained rate and a burst. Areas declare the tiers of their operations
/// (e.g. a run-a-workflow tier); everything else counts against <see cref="Default"/>.
/// </summary>
internal sealed record RateLimitTier(string Name, int PermitsPerMinute, int Burst)
{
    /// <summary>The default per-key tier: 300 requests a minute, bursts of 500 (§11).</summary>
    public static RateLimitTier Default { get; } = new("default", 300, 500);

    /// <summary>The time between two replenished permits: the sustained rate, spread evenly.</summary>
    public TimeSpan ReplenishmentPeriod => TimeSpan.FromTicks(TimeSpan.TicksPerMinute / PermitsPerMinute);
}
