using System.Text.RegularExpressions;

namespace Beltic.Sdk.Tests.Pattern;

/// <summary>
/// The area pattern, checked on the source: shared plumbing (<c>Http/</c>, <c>Serialization/</c>) names no API area, so
/// adding an area is one folder plus one property on <c>BelticClient</c>; files stay small.
/// </summary>
public partial class LayoutTests
{
    private static readonly string SdkRoot = Path.Combine(RepositoryRoot(), "src", "Beltic.Sdk");

    [GeneratedRegex(@"\b(Credential|Account|Session|IdvDocument|AddressDocument|DocumentTemplate|Workflow|Webhook|Audit|Business|Screening|WebsiteCheck|Identity|WellKnown|Evidence)[A-Za-z]*\b")]
    private static partial Regex AreaName();

    [Theory]
    [InlineData("Http")]
    [InlineData("Serialization")]
    public void Shared_plumbing_names_no_area(string folder)
    {
        var offenders = SourceFiles(Path.Combine(SdkRoot, folder))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, line, i)))
            .Where(x => AreaName().IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(SdkRoot, x.f)}:{x.i + 1}: {x.line.Trim()}")
            .ToArray();

        Assert.True(offenders.Length == 0, "Area names in shared plumbing:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void Every_area_client_lives_in_a_folder_named_like_its_property()
    {
        var mismatches = SourceFiles(SdkRoot)
            .Where(f => Path.GetFileName(f).EndsWith("Client.cs", StringComparison.Ordinal) && !f.EndsWith("BelticClient.cs", StringComparison.Ordinal) && !f.EndsWith("BelticAreaClient.cs", StringComparison.Ordinal))
            .Where(f => Path.GetFileNameWithoutExtension(f)[..^"Client".Length] != new DirectoryInfo(Path.GetDirectoryName(f)!).Name)
            .Select(f => Path.GetRelativePath(SdkRoot, f))
            .ToArray();

        Assert.True(mismatches.Length == 0, "Clients outside their folder:\n" + string.Join("\n", mismatches));
    }

    [Fact]
    public void Refit_interfaces_are_internal_and_one_per_resource_beside_their_client()
    {
        var problems = new List<string>();
        foreach (var file in SourceFiles(SdkRoot).Where(f => Regex.IsMatch(Path.GetFileName(f), @"^I[A-Z]\w*Api\.cs$")))
        {
            var text = File.ReadAllText(file);
            if (!text.Contains("internal interface", StringComparison.Ordinal))
            {
                problems.Add($"{Path.GetFileName(file)} is not internal");
            }

            // One resource: every route starts with the same path segment (below the /identity product prefix), and
            // there are only a handful of them.
            var routes = Regex.Matches(text, @"\[(?:Get|Post|Put|Patch|Delete)\(""/((?:identity/)?[^/""{]+)").Select(m => m.Groups[1].Value).ToArray();
            if (routes.Length > 6 || routes.Distinct().Count() > 1)
            {
                problems.Add($"{Path.GetFileName(file)} holds routes of several resources ({string.Join(", ", routes.Distinct())}, {routes.Length} routes)");
            }

            if (!Directory.EnumerateFiles(Path.GetDirectoryName(file)!, "*Client.cs").Any())
            {
                problems.Add($"{Path.GetFileName(file)} has no client beside it");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Source_files_stay_under_about_300_lines()
    {
        var big = SourceFiles(SdkRoot).Select(f => (f, n: File.ReadLines(f).Count())).Where(x => x.n > 300)
            .Select(x => $"{Path.GetRelativePath(SdkRoot, x.f)} ({x.n} lines)").ToArray();

        Assert.True(big.Length == 0, "Files over 300 lines:\n" + string.Join("\n", big));
    }

    private static IEnumerable<string> SourceFiles(string dir)
        => Directory.EnumerateFiles(dir, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                     && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Beltic.Sdk.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (Beltic.Sdk.sln) was not found above " + AppContext.BaseDirectory);
    }
}
