namespace Beltic.Identity;

/// <summary>Fraud detection settings of a document template.</summary>
public sealed record FraudConfig
{
    /// <summary>Whether fraud detection runs.</summary>
    public bool? Enabled { get; init; }

    /// <summary>Whether documents must carry a digital signature.</summary>
    public bool? RequiresDigitalSignature { get; init; }
}
