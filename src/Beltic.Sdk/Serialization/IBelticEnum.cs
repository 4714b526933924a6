namespace Beltic.Serialization;

/// <summary>Implemented by Beltic's string-backed "extensible enums" so one JSON converter serves them all.</summary>
/// <typeparam name="TSelf">The enum-like struct.</typeparam>
internal interface IBelticEnum<TSelf> where TSelf : struct, IBelticEnum<TSelf>
{
    /// <summary>The wire value.</summary>
    string Value { get; }

    /// <summary>Creates an instance from a wire value (known or not).</summary>
    static abstract TSelf FromValue(string value);
}
