namespace PaperDataset.Package.Tests.Infrastructure;

/// <summary>Paths in the repository this test assembly was built from.</summary>
internal static class Repository
{
    public const string SolutionFileName = "PaperDataset.sln";

    /// <summary>The folder holding PaperDataset.sln, found by walking up from the test assembly.</summary>
    public static string Root { get; } = FindRoot();

    public static string Solution => Path.Combine(Root, SolutionFileName);

    public static string Consumers => Path.Combine(Root, "tests", "consumers");

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No {SolutionFileName} above {AppContext.BaseDirectory}.");
    }
}
