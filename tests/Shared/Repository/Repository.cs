using System;
using System.IO;

// Compiled into each test project that reads files of the repository (linked, not referenced), hence internal.
namespace PaperDataset.Testing;

/// <summary>Paths in the repository this test assembly was built from.</summary>
internal static class Repository
{
    /// <summary>
    /// The nearest folder above the test assembly that holds Directory.Packages.props: the repository root. Not the
    /// solution file, because tests/mutation.sh runs the tests in a copy of the tree that has none.
    /// </summary>
    public static string Root { get; } = FindRoot();

    public static string Solution => PathOf("PaperDataset.sln");

    public static string Consumers => PathOf("tests", "consumers");

    /// <summary>The generator package's buildTransitive props, which a consumer of the package imports.</summary>
    public static string GeneratorProps => PathOf("generator", "PaperDataset.Generator", "buildTransitive", "PaperDataset.Generator.props");

    /// <summary>The generator package's buildTransitive targets, which embed the scrape files.</summary>
    public static string GeneratorTargets => Path.ChangeExtension(GeneratorProps, ".targets");

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Directory.Packages.props")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Directory.Packages.props above {AppContext.BaseDirectory}.");
    }
}
