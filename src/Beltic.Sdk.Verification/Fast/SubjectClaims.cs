namespace Beltic.Verification.Fast;

/// <summary>
/// The facts the Beltic type schemas (<see cref="Schema.ClaimSchemas"/>) test, gathered in one pass before the type is
/// known, so that the schema of whichever type the credential turns out to have can be decided afterwards.
/// </summary>
internal struct SubjectClaims
{
    public bool JurisdictionIsString, KycStatusIsString, AttestationTypeIsString, IdDocumentCountryIsString;

    /// <summary>null: absent; otherwise whether it is one of the trust levels.</summary>
    public bool? TrustLevelValid;

    /// <summary>null: absent or JSON null; otherwise whether it is a string.</summary>
    public bool? IdDocumentTypeIsString;

    /// <summary>null: absent; otherwise whether it meets the agent_authorization schema.</summary>
    public bool? PermissionsValid, CurrenciesValid, SpendLimitValid;

    public readonly bool Satisfies(string type) => type switch
    {
        "business" => JurisdictionIsString,
        "user" => KycStatusIsString && TrustLevelValid != false && (IdDocumentTypeIsString is null || (IdDocumentTypeIsString == true && IdDocumentCountryIsString)),
        "agent_authorization" => PermissionsValid == true && CurrenciesValid != false && SpendLimitValid != false,
        "outcome_attestation" => AttestationTypeIsString,
        _ => false,
    };
}
