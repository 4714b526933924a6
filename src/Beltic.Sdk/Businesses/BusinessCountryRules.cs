namespace Beltic.Businesses;

/// <summary>
/// Beltic's per-country input rules for a lookup, checked before sending so a lookup that cannot succeed costs no
/// request: the message names the country and the missing input.
/// </summary>
internal static class BusinessCountryRules
{
    /// <summary>Beltic's test country: any one input, no real registry behind it.</summary>
    public const string TestCountry = "ZZ";

    public static BusinessCreateMeta Check(BusinessCreateOptions options)
    {
        var country = options.Country;
        if (string.IsNullOrWhiteSpace(country) || country.Length != 2 || !char.IsAsciiLetter(country[0]) || !char.IsAsciiLetter(country[1]))
        {
            throw new ArgumentException(
                $"BusinessCreateOptions.Country must be an ISO 3166-1 alpha-2 code such as \"US\" or \"GB\" (\"ZZ\" for tests); got \"{country}\".", "options");
        }

        country = country.ToUpperInvariant();
        var name = Input(options.OfficialName, nameof(options.OfficialName));
        var number = Input(options.RegistrationNumber, nameof(options.RegistrationNumber));
        var address = Input(options.Address, nameof(options.Address));

        switch (country)
        {
            case "US":
                Require(name, "OfficialName", "a US lookup needs OfficialName and Address");
                Require(address, "Address", "a US lookup needs OfficialName and Address");
                break;
            case "BR" or "GB":
                Require(number, "RegistrationNumber", $"a {country} lookup needs RegistrationNumber");
                break;
            default:
                if (name is null && number is null && address is null)
                {
                    var who = country == TestCountry ? "the test country ZZ" : $"a {country} lookup";
                    throw new ArgumentException(
                        $"BusinessCreateOptions needs at least one input for {who}: OfficialName, RegistrationNumber or Address.", "options");
                }

                break;
        }

        return new BusinessCreateMeta(new BusinessSearchParameters(country, new BusinessSearchInput(name, number, address), options.Async));
    }

    /// <summary>An input as sent: null when unset; a set but blank input is a mistake worth naming.</summary>
    private static string? Input(string? value, string member)
    {
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"BusinessCreateOptions.{member} is set but empty; leave it null or give a value.", "options");
        }

        return value;
    }

    private static void Require(string? value, string member, string rule)
    {
        if (value is null)
        {
            throw new ArgumentException($"BusinessCreateOptions.{member} is missing: {rule}.", "options");
        }
    }
}
