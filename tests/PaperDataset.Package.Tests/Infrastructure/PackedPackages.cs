using System.IO.Compression;
using System.Xml.Linq;
using PaperDataset.Testing;
using Xunit;

namespace PaperDataset.Package.Tests.Infrastructure;

/// <summary>
/// Packs the solution once per test run (<c>dotnet pack PaperDataset.sln -c Release -o &lt;temp&gt;/feed</c>) and shares
/// the resulting local feed with every test of the <see cref="PackedPackagesCollection"/>.
/// </summary>
public sealed class PackedPackages : IAsyncLifetime
{
    public const string DatasetId = "PaperDataset";
    public const string GeneratorId = "PaperDataset.Generator";

    /// <summary>A fresh folder for this run; deleted at the end unless PAPERDATASET_KEEP_TEST_TEMP is set.</summary>
    public string WorkDirectory { get; } = Path.Combine(Path.GetTempPath(), "paperdataset-package-tests", Guid.NewGuid().ToString("N")[..12]);

    public string Feed => Path.Combine(WorkDirectory, "feed");

    internal ProcessResult Pack { get; private set; } = null!;

    public PackageFile Dataset { get; private set; } = null!;

    public PackageFile Generator { get; private set; } = null!;

    /// <summary>Every .nupkg the solution produced, by file name.</summary>
    public IReadOnlyList<PackageFile> All { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(Feed);
        Pack = await DotNet.RunAsync(
            Repository.Root,
            ["pack", Repository.Solution, "-c", "Release", "-o", Feed, "--nologo", "-nodeReuse:false"],
            timeout: TimeSpan.FromMinutes(15));
        if (!Pack.Succeeded)
        {
            throw new InvalidOperationException("dotnet pack failed:\n" + Pack);
        }

        All = Directory.GetFiles(Feed, "*.nupkg").Order(StringComparer.Ordinal).Select(PackageFile.Open).ToList();
        Dataset = All.SingleOrDefault(p => p.Id == DatasetId) ?? throw new InvalidOperationException($"No {DatasetId} package:\n{Pack}");
        Generator = All.SingleOrDefault(p => p.Id == GeneratorId) ?? throw new InvalidOperationException($"No {GeneratorId} package:\n{Pack}");
    }

    public ValueTask DisposeAsync()
    {
        if (Environment.GetEnvironmentVariable("PAPERDATASET_KEEP_TEST_TEMP") is not { Length: > 0 })
        {
            try
            {
                Directory.Delete(WorkDirectory, recursive: true);
            }
            catch (IOException)
            {
                // best effort: a temp folder left behind is harmless
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return ValueTask.CompletedTask;
    }
}

/// <summary>A .nupkg on disk: its entries and nuspec, read once.</summary>
public sealed record PackageFile(string Path, string Id, string Version, XElement Metadata, IReadOnlyList<string> Entries)
{
    public static PackageFile Open(string path)
    {
        using var archive = ZipFile.OpenRead(path);
        var entries = archive.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal).ToList();
        var nuspecEntry = archive.Entries.Single(e => !e.FullName.Contains('/') && e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspecEntry.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        return new PackageFile(path, Value(metadata, "id")!, Value(metadata, "version")!, metadata, entries);
    }

    /// <summary>The package's own files: everything but the OPC parts NuGet adds (_rels, [Content_Types].xml, package/, the nuspec).</summary>
    public IEnumerable<string> ContentEntries => Entries.Where(e =>
        !e.StartsWith("_rels/", StringComparison.Ordinal)
        && !e.StartsWith("package/", StringComparison.Ordinal)
        && e != "[Content_Types].xml"
        && !(e.EndsWith(".nuspec", StringComparison.Ordinal) && !e.Contains('/')));

    public static string? Value(XElement metadata, string name) =>
        metadata.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;

    public string? MetadataValue(string name) => Value(Metadata, name);

    /// <summary>Every dependency the nuspec declares, in any group.</summary>
    public IEnumerable<string> Dependencies => Metadata.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => (string)e.Attribute("id")!);

    public byte[] ReadEntry(string name)
    {
        using var archive = ZipFile.OpenRead(Path);
        using var stream = archive.GetEntry(name)!.Open();
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    /// <summary>The SHA-512 that NuGet records for the package (the .nupkg.sha512 file in a packages folder).</summary>
    public string Sha512 => Convert.ToBase64String(System.Security.Cryptography.SHA512.HashData(File.ReadAllBytes(Path)));
}

[CollectionDefinition(Name)]
public sealed class PackedPackagesCollection : ICollectionFixture<PackedPackages>
{
    public const string Name = "Packed packages";
}
