using System.Collections.Generic;
using System.Globalization;

namespace PaperDataset.Cli.Catalogue;

/// <summary>The papers a source loaded, in its order, and the diagnostics it reported while loading them.</summary>
/// <param name="Papers">Distinct papers (by id).</param>
/// <param name="Diagnostics">Problems found in the input; the papers are still usable.</param>
internal sealed record CatalogueSnapshot(IReadOnlyList<Paper> Papers, IReadOnlyList<CatalogueDiagnostic> Diagnostics);

/// <summary>How much a diagnostic matters.</summary>
internal enum CatalogueDiagnosticSeverity
{
    Info,
    Warning,
    Error,
}

/// <summary>A problem in a source's input, such as the generator's PDS diagnostics for a scrape file.</summary>
/// <param name="Id">A stable code, e.g. <c>PDS001</c>.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Message">What is wrong, for a person.</param>
/// <param name="File">The input file, when the problem is in one.</param>
/// <param name="Line">The 1-based line in <paramref name="File"/>, when known.</param>
internal sealed record CatalogueDiagnostic(string Id, CatalogueDiagnosticSeverity Severity, string Message, string? File = null, int? Line = null)
{
    /// <summary>The compiler's format (<c>file(line): warning PDS001: message</c>), which editors and CI logs link.</summary>
    public override string ToString()
    {
        var location = File is null ? string.Empty : Line is { } line ? string.Create(CultureInfo.InvariantCulture, $"{File}({line}): ") : $"{File}: ";
        return $"{location}{Severity.ToString().ToLowerInvariant()} {Id}: {Message}";
    }
}
