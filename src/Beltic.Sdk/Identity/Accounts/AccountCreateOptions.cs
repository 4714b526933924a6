namespace Beltic.Identity;

/// <summary>What to send to create an account (<see cref="AccountsClient.CreateAsync"/>). Only set members are sent.</summary>
public sealed record AccountCreateOptions
{
    /// <summary>Your own id for the subject, so you can find the account again.</summary>
    public string? ExternalId { get; init; }

    /// <summary>Person or business.</summary>
    public EntityType? EntityType { get; init; }

    /// <summary>The person, for person accounts.</summary>
    public Person? Person { get; init; }

    /// <summary>The business, for business accounts.</summary>
    public BusinessDetails? Business { get; init; }

    /// <summary>Contact details.</summary>
    public ContactDetails? Contact { get; init; }

    /// <summary>Postal address.</summary>
    public Address? Address { get; init; }

    /// <summary>National identity numbers.</summary>
    public IReadOnlyList<IdentityNumber>? IdentityNumbers { get; init; }
}
