using System.Text.Json.Serialization;

namespace Beltic;

/// <summary>Base of the models the API returns; keeps the HTTP response they came from.</summary>
public abstract record BelticObject
{
    /// <summary>The HTTP response this model was read from (status, request id, headers); null for nested models.</summary>
    [JsonIgnore]
    public BelticResponse? RawResponse { get; internal set; }
}
