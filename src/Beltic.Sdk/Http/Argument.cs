using System.Runtime.CompilerServices;

namespace Beltic.Http;

/// <summary>Client-side argument checks: they fail before anything is sent.</summary>
internal static class Argument
{
    public static string NotNullOrWhiteSpace(string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        ArgumentNullException.ThrowIfNull(value, name);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"'{name}' must not be empty or white space.", name);
        }

        return value;
    }

    /// <summary>An optional value: null is fine, but a set value must not be empty or white space.</summary>
    public static string? NullOrNotWhiteSpace(string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        => value is null ? null : NotNullOrWhiteSpace(value, name);

    public static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? name = null) where T : class
    {
        ArgumentNullException.ThrowIfNull(value, name);
        return value;
    }

    public static int? InRange(int? value, int min, int max, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value is { } v && (v < min || v > max))
        {
            throw new ArgumentOutOfRangeException(name, v, $"'{name}' must be between {min} and {max}.");
        }

        return value;
    }
}
