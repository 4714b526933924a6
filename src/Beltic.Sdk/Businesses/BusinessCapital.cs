namespace Beltic.Businesses;

/// <summary>The share capital of a business.</summary>
public sealed record BusinessCapital
{
    /// <summary>Registered (authorised) capital.</summary>
    public BusinessCapitalAmount? Registered { get; init; }

    /// <summary>Paid-up capital.</summary>
    public BusinessCapitalAmount? PaidUp { get; init; }
}
