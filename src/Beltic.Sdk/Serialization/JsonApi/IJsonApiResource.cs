using System.Text.Json.Serialization.Metadata;

namespace Beltic.Serialization.JsonApi;

/// <summary>
/// Implemented (explicitly) by every resource model so the one generic <see cref="JsonApiMapper"/> can read it:
/// which <c>type</c> strings it accepts and the source-generated metadata that reads its <c>attributes</c>.
/// </summary>
/// <typeparam name="TSelf">The model.</typeparam>
internal interface IJsonApiResource<TSelf> where TSelf : BelticResource, IJsonApiResource<TSelf>
{
    /// <summary>The type named in errors, e.g. <c>account</c> or <c>verification/*</c>.</summary>
    static abstract string ExpectedType { get; }

    /// <summary>Whether a <c>type</c> string denotes this model.</summary>
    static abstract bool Accepts(string type);

    /// <summary>Reads the model from an <c>attributes</c> object.</summary>
    static abstract JsonTypeInfo<TSelf> AttributesTypeInfo { get; }
}
