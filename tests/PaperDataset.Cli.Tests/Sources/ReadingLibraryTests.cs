using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Shouldly;
using Xunit;

namespace PaperDataset.Cli.Tests;

/// <summary>The CLI reads files with the generator's own reading library, and that library brings no compiler with it.</summary>
public class ReadingLibraryTests
{
    [Fact]
    public void The_cli_compiles_the_reading_library_and_its_dependency_closure_has_no_roslyn()
    {
        typeof(PapersApp).Assembly.GetType("PaperDataset.Sources.Reading.SourceReader").ShouldNotBeNull();

        var depsFile = Path.Combine(AppContext.BaseDirectory, "papers.deps.json");
        using var deps = JsonDocument.Parse(File.ReadAllText(depsFile));
        var libraries = deps.RootElement.GetProperty("libraries").EnumerateObject().Select(library => library.Name).ToList();
        libraries.ShouldContain(name => name.StartsWith("Spectre.Console/", StringComparison.Ordinal), "the closure was read");
        libraries.ShouldNotContain(name => name.StartsWith("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase));
        typeof(PapersApp).Assembly.GetReferencedAssemblies().ShouldNotContain(name => name.Name!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
    }
}
