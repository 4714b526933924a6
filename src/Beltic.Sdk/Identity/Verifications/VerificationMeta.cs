namespace Beltic.Identity;

/// <summary>The <c>meta</c> sent when creating a verification.</summary>
internal sealed record VerificationMeta(bool AutoUpdateSession);
