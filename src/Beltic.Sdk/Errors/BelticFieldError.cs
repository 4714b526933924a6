namespace Beltic;

/// <summary>One per-field problem reported by the API in a 400 or 422 response.</summary>
/// <param name="Field">The field name or path as the server gave it (for JSON:API, derived from the pointer).</param>
/// <param name="Message">What is wrong with it.</param>
/// <param name="Code">The machine-readable code, when the server sent one.</param>
/// <param name="Pointer">The JSON pointer (<c>source.pointer</c>), when the server sent one.</param>
public sealed record BelticFieldError(string? Field, string Message, string? Code = null, string? Pointer = null);
