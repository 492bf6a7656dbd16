using System;
using System.IO;

namespace PaperDataset.Scale.Tests.Infrastructure;

/// <summary>Paths in the repository this test assembly was built from.</summary>
internal static class Repository
{
    /// <summary>The folder holding PaperDataset.sln, found by walking up from the test assembly.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The generator package's buildTransitive props, which a consumer of the package imports.</summary>
    public static string GeneratorProps => Path.Combine(Root, "generator", "PaperDataset.Generator", "buildTransitive", "PaperDataset.Generator.props");

    /// <summary>The generator package's buildTransitive targets, which embed the scrape files.</summary>
    public static string GeneratorTargets => Path.ChangeExtension(GeneratorProps, ".targets");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PaperDataset.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No PaperDataset.sln above {AppContext.BaseDirectory}.");
    }
}
