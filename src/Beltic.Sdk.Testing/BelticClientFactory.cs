namespace Beltic.Testing;

/// <summary>Builds a <see cref="BelticClient"/> whose four HTTP clients reach an in-memory fake.</summary>
internal static class BelticClientFactory
{
    public static BelticClient Create(BelticClientOptions options, BelticFake fake) => new(options, builder => builder.UseFake(fake));
}
