using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Xml.Linq;
using PaperDataset.Package.Tests.Infrastructure;
using PaperDataset.Testing;
using Shouldly;
using Xunit;

namespace PaperDataset.Package.Tests;

/// <summary>What <c>dotnet pack PaperDataset.sln -c Release</c> puts in the two packages, read from the archives.</summary>
[Collection(PackedPackagesCollection.Name)]
public sealed class PackageLayoutTests(PackedPackages packages, ITestOutputHelper output)
{
    /// <summary>Assemblies the compiler itself provides to analyzers; the generator may reference nothing else.</summary>
    private static readonly string[] CompilerProvidedAssemblies =
    [
        "netstandard", "Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp", "System.Collections.Immutable",
        "System.Reflection.Metadata", "System.Memory", "System.Runtime.CompilerServices.Unsafe", "System.Buffers",
        "System.Numerics.Vectors", "System.Threading.Tasks.Extensions", "System.Text.Encoding.CodePages",
    ];

    /// <summary>The frameworks PaperDataset ships a build for: the oldest the generated code compiles for, and the newest.</summary>
    private static readonly string[] TargetFrameworks = ["net8.0", "net10.0"];

    public static TheoryData<string> TargetFrameworkData => new(TargetFrameworks);

    /// <summary>Dependencies a .NET Framework compiler host does not have; the package ships them in analyzers/dotnet/cs.</summary>
    private static readonly string[] ShippedBesideTheGenerator = ["System.Text.Json"];

    [Fact]
    public void The_solution_packs_both_packages_and_nothing_but_tools_besides()
    {
        output.WriteLine($"pack: {packages.Pack.Duration.TotalSeconds:F1} s");
        foreach (var package in packages.All)
        {
            output.WriteLine($"{Path.GetFileName(package.Path)}: {string.Join(", ", package.ContentEntries)}");
        }

        packages.Dataset.Version.ShouldBe(packages.Generator.Version, "the two packages are released together");
        File.Exists(Path.ChangeExtension(packages.Dataset.Path, ".snupkg")).ShouldBeTrue("PaperDataset ships a symbols package");
        foreach (var other in packages.All.Where(p => p.Id is not (PackedPackages.DatasetId or PackedPackages.GeneratorId)))
        {
            // Test projects must say IsPackable=false; a command-line project may be packed as a .NET tool.
            other.Metadata.Descendants().Where(e => e.Name.LocalName == "packageType").Select(e => (string?)e.Attribute("name"))
                .ShouldContain("DotnetTool", $"{Path.GetFileName(other.Path)} is neither one of the two packages nor a .NET tool");
        }
    }

    [Fact]
    public void PaperDataset_holds_the_library_its_XML_docs_README_and_key_analyzer_and_nothing_else()
    {
        packages.Dataset.ContentEntries.ShouldBe(
            ["README.md", .. TargetFrameworks.SelectMany(tfm => new[] { $"lib/{tfm}/PaperDataset.dll", $"lib/{tfm}/PaperDataset.xml" }), .. KeyAnalyzer],
            ignoreOrder: true);
    }

    [Fact]
    public void PaperDataset_for_NET_8_has_the_same_public_API_as_for_NET_10()
    {
        var apis = TargetFrameworks.Select(tfm => PublicApi(packages.Dataset.ReadEntry($"lib/{tfm}/PaperDataset.dll"))).ToList();
        output.WriteLine($"{apis[0].Count} public members");
        apis[0].ShouldContain("PaperDataset.Papers: System.Collections.Immutable.ImmutableArray`1[PaperDataset.Paper] get_All()");
        apis[1].ShouldBe(apis[0]);
    }

    [Fact]
    public void PaperDataset_depends_on_nothing_least_of_all_Roslyn_or_the_generator()
    {
        var package = packages.Dataset;
        package.Dependencies.ShouldBeEmpty();
        var nuspec = package.Metadata.ToString();
        nuspec.ShouldNotContain("Microsoft.CodeAnalysis");
        nuspec.ShouldNotContain("PaperDataset.Generator");
        nuspec.ShouldNotContain("PolySharp");
    }

    [Fact]
    public void PaperDataset_metadata_is_complete()
    {
        var package = packages.Dataset;
        package.MetadataValue("readme").ShouldBe("README.md");
        package.Metadata.Elements().Single(e => e.Name.LocalName == "license").ShouldSatisfyAllConditions(
            license => ((string?)license.Attribute("type")).ShouldBe("expression"),
            license => license.Value.ShouldBe("MIT"));
        package.MetadataValue("description").ShouldNotBeNullOrWhiteSpace();
        package.MetadataValue("tags")!.Split(' ').ShouldContain("dataset");
        package.MetadataValue("authors").ShouldNotBeNullOrWhiteSpace();
        if (package.Metadata.Elements().FirstOrDefault(e => e.Name.LocalName == "repository") is { } repository
            && (string?)repository.Attribute("url") is { } url)
        {
            url.ShouldStartWith("https://", Case.Sensitive, "a repository URL is only published when the clone's remote is a real one");
        }
    }

    [Fact]
    public void PaperDataset_README_is_the_package_readme()
    {
        Encoding.UTF8.GetString(packages.Dataset.ReadEntry("README.md"))
            .ShouldBe(File.ReadAllText(Repository.PathOf("src", "PaperDataset", "PACKAGE.md")));
    }

    [Theory]
    [MemberData(nameof(TargetFrameworkData))]
    public void PaperDataset_XML_docs_document_the_catalogue_fixtures_and_JSON(string targetFramework)
    {
        var docs = XDocument.Parse(Encoding.UTF8.GetString(packages.Dataset.ReadEntry($"lib/{targetFramework}/PaperDataset.xml")));
        var members = docs.Descendants("member").ToDictionary(m => (string)m.Attribute("name")!, m => m.Element("summary")?.Value.Trim() ?? string.Empty);
        foreach (var name in new[]
                 {
                     "T:PaperDataset.Paper", "T:PaperDataset.Papers", "P:PaperDataset.Papers.All",
                     "M:PaperDataset.Papers.Sample(System.Int32,System.Int32)",
                     "M:PaperDataset.Papers.AsTheoryData(System.Collections.Generic.IEnumerable{PaperDataset.Paper})",
                     "M:PaperDataset.Papers.WriteJsonLines(System.IO.Stream)", "T:PaperDataset.Json.PaperJsonContext",
                     "P:PaperDataset.Papers.Known.ContinualLearningNotTrainingOnlineAdaptationForAgents",
                 })
        {
            members.ShouldContainKey(name);
            members[name].ShouldNotBeNullOrWhiteSpace(name);
        }
    }

    [Theory]
    [MemberData(nameof(TargetFrameworkData))]
    public void PaperDataset_assembly_is_deterministic_trimmable_and_ships_a_portable_pdb(string targetFramework)
    {
        using var pe = new PEReader(new MemoryStream(packages.Dataset.ReadEntry($"lib/{targetFramework}/PaperDataset.dll")));
        var debugEntries = pe.ReadDebugDirectory();
        debugEntries.ShouldContain(e => e.Type == DebugDirectoryEntryType.Reproducible, "built with Deterministic=true");
        debugEntries.ShouldContain(e => e.Type == DebugDirectoryEntryType.CodeView && e.IsPortableCodeView);

        var metadata = pe.GetMetadataReader();
        AssemblyMetadata(metadata).ShouldContain(("IsTrimmable", "True"), "IsAotCompatible implies IsTrimmable");
        metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name))
            .ShouldNotContain(name => name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) || name.StartsWith("PaperDataset.Generator", StringComparison.Ordinal));

        var symbols = PackageFile.Open(Path.ChangeExtension(packages.Dataset.Path, ".snupkg"));
        symbols.ContentEntries.ShouldBe(TargetFrameworks.Select(tfm => $"lib/{tfm}/PaperDataset.pdb"), ignoreOrder: true);
    }

    /// <summary>The key analyzer (PDS100–PDS105) and, apart from it because they need Workspaces, its code fixes: in both packages.</summary>
    private static readonly string[] KeyAnalyzer = ["analyzers/dotnet/cs/PaperDataset.Analyzers.dll", "analyzers/dotnet/cs/PaperDataset.CodeFixes.dll"];

    [Fact]
    public void Generator_holds_the_analyzer_the_props_and_README_and_no_lib_assets()
    {
        var package = packages.Generator;
        package.ContentEntries.ShouldBe(
            [
                "README.md", "analyzers/dotnet/cs/PaperDataset.Generator.dll", "buildTransitive/PaperDataset.Generator.props", "buildTransitive/PaperDataset.Generator.targets",

                // The build task that writes the catalogue's storage resource (buildTransitive targets).
                "tasks/netstandard2.0/PaperDataset.Build.dll",

                // The JSON reader's dependencies, for .NET Framework compiler hosts (README "Analyzer dependencies").
                "analyzers/dotnet/cs/System.Text.Json.dll", "analyzers/dotnet/cs/System.Text.Encodings.Web.dll", "analyzers/dotnet/cs/Microsoft.Bcl.AsyncInterfaces.dll",
                .. KeyAnalyzer,
            ],
            ignoreOrder: true);
        package.Entries.ShouldNotContain(e => e.StartsWith("lib/", StringComparison.Ordinal) || e.StartsWith("ref/", StringComparison.Ordinal));
    }

    [Fact]
    public void Generator_is_a_development_dependency_without_dependencies()
    {
        var package = packages.Generator;
        package.Dependencies.ShouldBeEmpty();
        package.MetadataValue("developmentDependency").ShouldBe("true");
        package.MetadataValue("readme").ShouldBe("README.md");
        package.Metadata.Elements().Single(e => e.Name.LocalName == "license").Value.ShouldBe("MIT");
        Encoding.UTF8.GetString(package.ReadEntry("README.md"))
            .ShouldBe(File.ReadAllText(Repository.PathOf("generator", "PaperDataset.Generator", "PACKAGE.md")));
    }

    [Fact]
    public void Generator_README_documents_every_diagnostic_at_its_released_severity()
    {
        // The release files are checked against the table of rules by the generator's tests; this closes the chain.
        var readme = File.ReadAllText(Repository.PathOf("generator", "PaperDataset.Generator", "PACKAGE.md"));
        var releases = string.Concat(
            File.ReadAllText(Repository.PathOf("generator", "PaperDataset.Generator", "AnalyzerReleases.Shipped.md")),
            File.ReadAllText(Repository.PathOf("generator", "PaperDataset.Generator", "AnalyzerReleases.Unshipped.md")));
        var rules = System.Text.RegularExpressions.Regex.Matches(releases, @"^(?<id>PDS\d{3}) \| \w+ \| (?<severity>\w+) \|", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(m => (Id: m.Groups["id"].Value, Severity: m.Groups["severity"].Value.ToLowerInvariant())).Distinct().ToList();
        rules.ShouldNotBeEmpty();
        foreach (var (id, severity) in rules)
        {
            readme.ShouldContain($"| {id} | {severity} |", Case.Sensitive, $"{id} is released as {severity} but the package README's diagnostics table does not say so");
        }
    }

    [Fact]
    public void Key_analyzer_references_only_the_compiler_and_its_code_fixes_Workspaces()
    {
        foreach (var package in new[] { packages.Dataset, packages.Generator })
        {
            var analyzer = AssemblyReferences(package.ReadEntry("analyzers/dotnet/cs/PaperDataset.Analyzers.dll"));
            analyzer.ShouldBeSubsetOf(CompilerProvidedAssemblies, "a command-line compiler loads the analyzer without Workspaces");
            var fixes = AssemblyReferences(package.ReadEntry("analyzers/dotnet/cs/PaperDataset.CodeFixes.dll"));
            fixes.ShouldContain("Microsoft.CodeAnalysis.Workspaces");
            fixes.ShouldContain("PaperDataset.Analyzers");
        }
    }

    private static List<string> AssemblyReferences(byte[] assembly)
    {
        using var pe = new PEReader(new MemoryStream(assembly));
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).ToList();
    }

    [Fact]
    public void Generator_references_only_what_the_compiler_provides()
    {
        var references = AssemblyReferences(packages.Generator.ReadEntry("analyzers/dotnet/cs/PaperDataset.Generator.dll"));
        output.WriteLine(string.Join(", ", references));
        references.ShouldBeSubsetOf(CompilerProvidedAssemblies.Concat(ShippedBesideTheGenerator));
        references.ShouldContain("Microsoft.CodeAnalysis");
    }

    [Fact]
    public void Generator_props_make_the_configuration_visible_to_the_compiler()
    {
        var props = XDocument.Parse(Encoding.UTF8.GetString(packages.Generator.ReadEntry("buildTransitive/PaperDataset.Generator.props")));
        props.Descendants("CompilerVisibleItemMetadata")
            .Where(e => (string?)e.Attribute("Include") == "AdditionalFiles")
            .Select(e => (string?)e.Attribute("MetadataName"))
            .ShouldBe(["PaperDatasetScrape", "PaperDatasetCapturedOn", "PaperDatasetFormat", "PaperDatasetCatalogueSummary"], ignoreOrder: true);
        new[] { "PaperDatasetNamespace", "PaperDatasetCatalogueName", "PaperDatasetEmitModel", "PaperDatasetEmitHandles", "PaperDatasetStorageResource", "RootNamespace" }
            .ShouldBeSubsetOf(props.Descendants("CompilerVisibleProperty").Select(e => (string)e.Attribute("Include")!));
    }

    private static List<(string Key, string Value)> AssemblyMetadata(MetadataReader metadata)
    {
        var result = new List<(string, string)>();
        foreach (var handle in metadata.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = metadata.GetCustomAttribute(handle);
            if (attribute.Constructor.Kind != HandleKind.MemberReference)
            {
                continue;
            }

            var type = metadata.GetTypeReference((TypeReferenceHandle)metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent);
            if (metadata.GetString(type.Name) != "AssemblyMetadataAttribute")
            {
                continue;
            }

            // Blob: prolog 0x0001, then two SerString arguments.
            var blob = metadata.GetBlobReader(attribute.Value);
            blob.ReadUInt16();
            result.Add((blob.ReadSerializedString() ?? string.Empty, blob.ReadSerializedString() ?? string.Empty));
        }

        return result;
    }
    /// <summary>
    /// Every public and protected member of every public type, as reflection prints it, sorted. Each assembly is loaded into
    /// its own collectible context (the .NET 8 build's framework references bind to this runtime's, which is all reflection needs).
    /// </summary>
    private static List<string> PublicApi(byte[] assembly)
    {
        var context = new System.Runtime.Loader.AssemblyLoadContext("public-api", isCollectible: true);
        try
        {
            const BindingFlags declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            return context.LoadFromStream(new MemoryStream(assembly)).GetExportedTypes()
                .SelectMany(type => type.GetMembers(declared)
                    .Where(IsVisibleOutside)
                    .Select(member => $"{type.FullName}: {member}")
                    .Prepend($"{type.FullName}: {type.Attributes}, base {type.BaseType}, implements {string.Join(", ", type.GetInterfaces().Select(i => i.ToString()).Order(StringComparer.Ordinal))}"))
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        finally
        {
            context.Unload();
        }
    }

    private static bool IsVisibleOutside(MemberInfo member) => member switch
    {
        MethodBase method => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly,
        FieldInfo field => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly,
        PropertyInfo property => property.GetAccessors(nonPublic: true).Any(IsVisibleOutside),
        EventInfo @event => @event.AddMethod is { } add && IsVisibleOutside(add),
        Type nested => nested.IsNestedPublic || nested.IsNestedFamily || nested.IsNestedFamORAssem,
        _ => false,
    };
}
