using Beltic.Verification.Jose;
using Beltic.Verification.Keys;

namespace Beltic.Sdk.Verification.Tests;

/// <summary>Independent vectors at the ES256 primitive (RFC 7515 Appendix A.3 has no kid, so the full pipeline stops at missing_kid).</summary>
public class VectorTests
{
    private const string Jwks = """{"keys":[{"kty":"EC","crv":"P-256","kid":"a3","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"}]}""";
    private const string Input = "eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ";

    [Theory]
    [InlineData("DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q", true)]   // RFC 7515 A.3 (high-S)
    [InlineData("DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmU69fgrc8OPGycO0lD3tat_FoFp57SETepkeks4eL_QfA", true)]   // malleated (r, n−s)
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", false)] // psychic r=s=0
    [InlineData("DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmX_____AAAAAP__________vOb6racXnoTzucrC_GMlUQ", false)]  // s = n
    [InlineData("_____wAAAAD__________7zm-q2nF56E87nKwvxjJVHFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q", false)]  // r = n
    [InlineData("MEUCIA7RIVN5Y2xIPC9_FVgH1AKjsigDOvl8fheBmsMWnqZlAiEAxQoH04w8cOXY8S2vCEpUgKZlkMXyk1Cajz9_ioOjVNU", false)] // DER
    [InlineData("DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1R", false)]  // non-canonical last char (strict)
    public void Rfc7515_a3_and_its_variants(string signature, bool valid)
    {
        var key = IssuerKeySet.Parse(Jwks).Keys["a3"];
        var token = Input + "." + signature;

        var failure = Es256.Verify(token, Input.Length, signature, key.Algorithm);

        Assert.Equal(valid, failure is null);
    }

    [Fact]
    public async Task Rfc7515_a3_through_the_full_pipeline_stops_at_missing_kid()
    {
        var verifier = new Beltic.Verification.CredentialVerifier(new StaticJwksProvider(IssuerKeySet.Parse(Jwks)));
        var r = await verifier.VerifyAsync(Input + ".DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q");

        Assert.Equal("missing_kid", r.Code);
    }

    [Fact]
    public void The_jwks_parser_records_why_keys_were_dropped()
    {
        var set = IssuerKeySet.Parse("""{"keys":[{"kty":"RSA","kid":"r","n":"AQAB","e":"AQAB"},{"kty":"OKP","crv":"Ed25519","kid":"o","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"},{"kty":"EC","crv":"P-256","kid":"short","x":"AAAA","y":"AAAA"}]}""");

        Assert.Empty(set.Keys);
        Assert.Contains("not EC", set.Rejected["r"]);
        Assert.Contains("not EC", set.Rejected["o"]);
        Assert.Contains("32 bytes", set.Rejected["short"]);
        Assert.Throws<ArgumentException>(() => IssuerKeySet.Parse("not json"));
    }
}
