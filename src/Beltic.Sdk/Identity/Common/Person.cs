namespace Beltic.Identity;

/// <summary>The person an account or session is about.</summary>
public sealed record Person
{
    /// <summary>The person's name.</summary>
    public PersonName? Name { get; init; }

    /// <summary>Date of birth (<c>yyyy-MM-dd</c>).</summary>
    public DateOnly? BirthDate { get; init; }
}
