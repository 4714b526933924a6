using Microsoft.AspNetCore.Routing;

namespace Beltic.Testing.Hosting;

/// <summary>One API area of the fake: its routes and the state behind them.</summary>
internal interface IFakeArea
{
    /// <summary>Maps the area's routes, each with its <see cref="Auth.RequiredScope"/>.</summary>
    void Map(IEndpointRouteBuilder routes);
}
