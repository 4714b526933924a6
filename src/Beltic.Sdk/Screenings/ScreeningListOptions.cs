namespace Beltic.Screenings;

/// <summary>Paging for <see cref="ScreeningsClient.ListAsync(ScreeningListOptions?, RequestOptions?, CancellationToken)"/> (the API documents no screening filters).</summary>
public sealed record ScreeningListOptions : ListOptions;
