namespace Beltic.Identity;

/// <summary>What to send to create a document template. Only set members are sent.</summary>
public sealed record DocumentTemplateCreateOptions
{
    /// <summary>Creates the options.</summary>
    /// <param name="name">The template's name (required).</param>
    public DocumentTemplateCreateOptions(string name) => Name = Http.Argument.NotNullOrWhiteSpace(name);

    /// <summary>The template's name.</summary>
    public string Name { get; init; }

    /// <summary>What it is for.</summary>
    public string? Description { get; init; }

    /// <summary>Data extraction settings.</summary>
    public ExtractionConfig? ExtractionConfig { get; init; }

    /// <summary>Fraud detection settings.</summary>
    public FraudConfig? FraudConfig { get; init; }

    /// <summary>Publication status.</summary>
    public DocumentTemplateStatus? Status { get; init; }

    /// <summary>Whether the template can be used.</summary>
    public bool? IsActive { get; init; }
}
