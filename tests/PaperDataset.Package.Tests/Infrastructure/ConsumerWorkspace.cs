using System.Runtime.InteropServices;
using System.Xml.Linq;
using PaperDataset.Testing;

namespace PaperDataset.Package.Tests.Infrastructure;

/// <summary>
/// A copy of tests/consumers in a temporary folder with its own nuget.config (the packed feed, plus the upstream
/// sources of the repository's nuget.config) and its own empty packages folder (NUGET_PACKAGES), so that only the
/// packages just packed can satisfy the PaperDataset references.
/// </summary>
internal sealed class ConsumerWorkspace
{
    private ConsumerWorkspace(string root, string packagesFolder, PackedPackages packages)
    {
        Root = root;
        PackagesFolder = packagesFolder;
        Packages = packages;
    }

    public string Root { get; }

    public string PackagesFolder { get; }

    public PackedPackages Packages { get; }

    public static ConsumerWorkspace Create(PackedPackages packages, string name)
    {
        var root = Path.Combine(packages.WorkDirectory, name);
        CopyDirectory(Repository.Consumers, root);
        var packagesFolder = Path.Combine(root, ".packages");
        Directory.CreateDirectory(packagesFolder);
        WriteNuGetConfig(Path.Combine(root, "nuget.config"), packages.Feed);
        return new ConsumerWorkspace(root, packagesFolder, packages);
    }

    public IReadOnlyDictionary<string, string?> Environment => new Dictionary<string, string?>
    {
        ["NUGET_PACKAGES"] = PackagesFolder,
    };

    /// <param name="properties">Further <c>-p:NAME=VALUE</c> arguments, e.g. another target framework.</param>
    public Task<ProcessResult> BuildAsync(string project, CancellationToken cancellationToken, params string[] properties) =>
        DotNet.RunAsync(
            Root,
            ["build", Path.Combine(project, project + ".csproj"), "-c", "Release", "--nologo", "-nodeReuse:false",
             $"-p:PaperDatasetPackageVersion={Packages.Dataset.Version}", .. properties],
            Environment,
            TimeSpan.FromMinutes(10),
            cancellationToken);

    /// <summary>
    /// <c>dotnet format analyzers --severity info --diagnostics IDS --no-restore</c>: applies the code fixes of the packages'
    /// analyzers for those diagnostics to the project's files, as a user would (after a build has restored it).
    /// </summary>
    public Task<ProcessResult> FormatAnalyzersAsync(string project, IEnumerable<string> diagnostics, CancellationToken cancellationToken) =>
        DotNet.RunAsync(
            Root,
            ["format", "analyzers", Path.Combine(project, project + ".csproj"), "--severity", "info", "--diagnostics", .. diagnostics, "--no-restore", "--verbosity", "normal"],
            Environment,
            TimeSpan.FromMinutes(10),
            cancellationToken);

    public Task<ProcessResult> RunAsync(string project, CancellationToken cancellationToken, params string[] arguments) =>
        DotNet.RunAsync(
            Root,
            [Path.Combine(Root, project, "bin", "Release", "net10.0", project + ".dll"), .. arguments],
            Environment,
            TimeSpan.FromMinutes(2),
            cancellationToken);

    /// <summary>Publishes the project as a Native AOT executable (trimmed, with the trim and AOT warnings as errors) into <c>PROJECT/aot</c>.</summary>
    public Task<ProcessResult> PublishNativeAsync(string project, CancellationToken cancellationToken) =>
        DotNet.RunAsync(
            Root,
            ["publish", Path.Combine(project, project + ".csproj"), "-c", "Release", "--nologo", "-nodeReuse:false",
             "-p:PublishAot=true", "-o", Path.Combine(Root, project, NativeFolder),
             $"-p:PaperDatasetPackageVersion={Packages.Dataset.Version}"],
            Environment,
            TimeSpan.FromMinutes(10),
            cancellationToken);

    /// <summary>
    /// Publishes the project self-contained for this machine's runtime identifier into <c>PROJECT/self-contained</c>: the
    /// runtime pack of the project's own target framework comes from NuGet, so it runs on that runtime whatever is installed.
    /// </summary>
    public Task<ProcessResult> PublishSelfContainedAsync(string project, CancellationToken cancellationToken) =>
        DotNet.RunAsync(
            Root,
            ["publish", Path.Combine(project, project + ".csproj"), "-c", "Release", "--nologo", "-nodeReuse:false",
             "-r", RuntimeInformation.RuntimeIdentifier, "--self-contained", "-o", Path.Combine(Root, project, SelfContainedFolder),
             $"-p:PaperDatasetPackageVersion={Packages.Dataset.Version}"],
            Environment,
            TimeSpan.FromMinutes(10),
            cancellationToken);

    public const string NativeFolder = "aot";

    public const string SelfContainedFolder = "self-contained";

    /// <summary>Runs the executable that <see cref="PublishNativeAsync"/> or <see cref="PublishSelfContainedAsync"/> wrote into <paramref name="folder"/>.</summary>
    public Task<ProcessResult> RunPublishedAsync(string project, string folder, CancellationToken cancellationToken) =>
        DotNet.RunProgramAsync(
            Path.Combine(Root, project, folder, OperatingSystem.IsWindows() ? project + ".exe" : project),
            Root,
            [],
            Environment,
            TimeSpan.FromMinutes(2),
            cancellationToken);

    /// <summary>The folder NuGet extracted a package into, in this workspace's own packages folder.</summary>
    public string ExtractedPackage(PackageFile package) =>
        Path.Combine(PackagesFolder, package.Id.ToLowerInvariant(), package.Version.ToLowerInvariant());

    /// <summary>
    /// The nuget.config: the local feed first, then the repository's upstream sources; package source mapping sends
    /// PaperDataset* to the local feed only, so a package of that name on a remote source can never be picked.
    /// </summary>
    private static void WriteNuGetConfig(string path, string feed)
    {
        var upstream = XDocument.Load(Repository.PathOf("nuget.config"))
            .Descendants("packageSources").Elements("add")
            .Select(e => (Key: (string)e.Attribute("key")!, Value: (string)e.Attribute("value")!))
            .Where(s => !string.IsNullOrEmpty(s.Key) && !string.IsNullOrEmpty(s.Value))
            .Select(s => s with { Value = IsLocalPath(s.Value) ? Path.GetFullPath(s.Value, Repository.Root) : s.Value })
            .ToList();
        const string local = "paperdataset-packed";
        var config = new XElement("configuration",
            new XElement("packageSources",
                new XElement("clear"),
                new XElement("add", new XAttribute("key", local), new XAttribute("value", feed)),
                upstream.Select(s => new XElement("add", new XAttribute("key", s.Key), new XAttribute("value", s.Value)))),
            new XElement("packageSourceMapping",
                new XElement("packageSource", new XAttribute("key", local),
                    new XElement("package", new XAttribute("pattern", "PaperDataset")),
                    new XElement("package", new XAttribute("pattern", "PaperDataset.*"))),
                upstream.Select(s => new XElement("packageSource", new XAttribute("key", s.Key),
                    new XElement("package", new XAttribute("pattern", "*"))))));
        new XDocument(new XDeclaration("1.0", "utf-8", null), config).Save(path);
    }

    private static bool IsLocalPath(string source) => !source.Contains("://", StringComparison.Ordinal);

    private static void CopyDirectory(string source, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            var parts = relative.Split(Path.DirectorySeparatorChar);
            if (parts.Any(part => part is "bin" or "obj"))
            {
                continue; // a developer's local build of a consumer must not leak into the test
            }

            var target = Path.Combine(destination, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
