namespace Beltic.Verification;

/// <summary>The seven steps, in the order Beltic documents them; the first failure stops the rest.</summary>
public enum VerificationStep
{
    /// <summary>1 — compact JWS, JSON, header rules.</summary>
    Parse = 1,

    /// <summary>2 — trusted issuer and its key for <c>kid</c>.</summary>
    Key = 2,

    /// <summary>3 — ES256 signature.</summary>
    Signature = 3,

    /// <summary>4 — validity window and audience.</summary>
    Time = 4,

    /// <summary>5 — VC structure and credential-type schema.</summary>
    Schema = 5,

    /// <summary>6 — status list (revocation / suspension).</summary>
    Status = 6,

    /// <summary>7 — transaction policy (agent_authorization, only with a transaction context).</summary>
    Policy = 7,
}
