using System.Collections.Generic;
using System.Linq;

namespace PaperDataset.Sources.Diagnostics;

/// <summary>
/// Every diagnostic the readers, the merger and the generator report, declared once: the generator makes its Roslyn
/// descriptors from this table, the CLI prints at its levels, AnalyzerReleases.Unshipped.md and docs/diagnostics.md are
/// tested against it. Ids are stable (users configure them); docs/diagnostics.md explains each.
/// </summary>
internal static class KnownDiagnostics
{
    public static readonly DiagnosticDefinition InternalError = new(
        "PDS000", "Generator failure", "The PaperDataset generator failed on '{0}': {1}. Please report this with the input file.", DiagnosticLevel.Error);

    public static readonly DiagnosticDefinition UnrecognisedLine = new(
        "PDS001", "Unrecognised line", "Skipped {0}, which is not part of any paper: \"{1}\"", DiagnosticLevel.Warning);

    public static readonly DiagnosticDefinition MalformedMeta = new(
        "PDS002", "Malformed meta block", "The meta block of \"{0}\" is malformed ({1}); the paper is kept without it", DiagnosticLevel.Warning);

    public static readonly DiagnosticDefinition MissingCaptureDate = new(
        "PDS003", "Missing capture date", "'{0}' has no PaperDatasetCapturedOn item metadata; its year-less dates stay unresolved", DiagnosticLevel.Warning);

    public static readonly DiagnosticDefinition CaptureDateMismatch = new(
        "PDS004", "Capture date disagrees with the page header", "PaperDatasetCapturedOn is {0} but the page header says \"{1}\"", DiagnosticLevel.Warning);

    public static readonly DiagnosticDefinition ConflictingDuplicate = new(
        "PDS005", "Conflicting duplicate", "\"{0}\" has {1} \"{2}\" here but \"{3}\" in {4}; the newest capture's value is kept", DiagnosticLevel.Info);

    public static readonly DiagnosticDefinition NoEntries = new(
        "PDS006", "No papers in file", "'{0}' holds no papers", DiagnosticLevel.Warning);

    public static readonly DiagnosticDefinition InvalidCaptureDate = new(
        "PDS007", "Invalid capture date", "PaperDatasetCapturedOn \"{0}\" is not a yyyy-MM-dd date; the file is treated as having none", DiagnosticLevel.Warning);

    public static readonly DiagnosticDefinition MissingAbstract = new(
        "PDS008", "Paper without abstract", "\"{0}\" has no abstract and is left out of the catalogue", DiagnosticLevel.Warning);

    public static readonly DiagnosticDefinition IdCollision = new(
        "PDS009", "Identifier collision", "\"{0}\" and \"{1}\" would both have the id '{2}'; each gets a suffix from its title's hash", DiagnosticLevel.Info);

    public static readonly DiagnosticDefinition MissingPageDate = new(
        "PDS010", "No page date header", "'{0}' has no page date header (a line such as \"Nov 7\") after the site header", DiagnosticLevel.Warning);

    public static readonly DiagnosticDefinition InvalidBuildProperty = new(
        "PDS011", "Invalid build property", "Build property {0} = \"{1}\" is not usable ({2}); \"{3}\" is used instead", DiagnosticLevel.Warning);

    public static readonly DiagnosticDefinition SkippedHeaderLine = new(
        "PDS012", "Header line skipped", "Line {0} before the page date header is not known site chrome and was skipped: \"{1}\"", DiagnosticLevel.Info);

    public static readonly DiagnosticDefinition NotATextCopy = Unreadable(
        "PDS013", "No recognisable papers format", "'{0}' is in no format the generator reads: {1}",
        "copy the page from a browser as plain text or save the Hub's JSON instead");

    public static readonly DiagnosticDefinition HandlesOmitted = new(
        "PDS014", "Handles not generated",
        "{0}.Known is not generated for {1} papers (more than {2}); set the build property PaperDatasetEmitHandles to true to generate it anyway",
        DiagnosticLevel.Info);

    public static readonly DiagnosticDefinition UnsupportedProject = new(
        "PDS015", "Project cannot compile the generated catalogue",
        "The PaperDataset catalogue was not generated: its code needs {0}. To build it, {1}.",
        DiagnosticLevel.Error);

    public static readonly DiagnosticDefinition InvalidJson = Unreadable(
        "PDS016", "Not valid JSON", "'{0}' is not valid JSON at line {1}, column {2}: {3}",
        "fix the file (a download cut short is the usual cause: fetch it again)");

    public static readonly DiagnosticDefinition NotPaperObjects = Unreadable(
        "PDS017", "No Hub papers in the JSON", "None of the {1} values in '{2}' is a Hub paper object (the first, at line {3}, is {4})",
        "save the Hub API's response as it came");

    public static readonly DiagnosticDefinition IncompletePaper = new(
        "PDS018", "Paper skipped", "The paper at line {0} was skipped: {1}", DiagnosticLevel.Warning);

    public static readonly DiagnosticDefinition UnusableField = new(
        "PDS019", "Field left out", "The paper at line {0} keeps its other fields, but {1}", DiagnosticLevel.Warning);

    public static readonly DiagnosticDefinition NoDailyPapersData = Unreadable(
        "PDS020", "No Daily Papers data in the page", "'{0}' holds no Daily Papers list: {1}",
        "save the huggingface.co/papers page whole");

    public static readonly DiagnosticDefinition InvalidSourceFormat = new(
        "PDS021", "Invalid source format",
        "PaperDatasetFormat \"{0}\" on '{1}' is not auto, text, json or html; the format is recognised from the content", DiagnosticLevel.Warning);

    public static readonly DiagnosticDefinition NoScrapeFiles = new(
        "PDS022", "No AdditionalFiles marked PaperDatasetScrape",
        "The PaperDataset generator is referenced but no AdditionalFiles item has PaperDatasetScrape=\"true\", so no catalogue is generated{0}. "
        + "Mark the files to read, for instance: <AdditionalFiles Include=\"{1}\" PaperDatasetScrape=\"true\" />.",
        DiagnosticLevel.Warning);

    public static readonly DiagnosticDefinition SomeNotPaperObjects = new(
        "PDS023", "Values that are not papers",
        "{0} of the {1} values in '{2}' are not Hub paper objects (the first, at line {3}, is {4}); they were skipped and the others read", DiagnosticLevel.Warning);

    public static readonly DiagnosticDefinition SummarySetAside = new(
        "PDS024", "Build summary set aside",
        "The generator read the {0} source files itself instead of taking the build task's summary of them, which {1}", DiagnosticLevel.Info);

    public static IReadOnlyList<DiagnosticDefinition> All { get; } =
    [
        InternalError, UnrecognisedLine, MalformedMeta, MissingCaptureDate, CaptureDateMismatch, ConflictingDuplicate,
        NoEntries, InvalidCaptureDate, MissingAbstract, IdCollision, MissingPageDate, InvalidBuildProperty, SkippedHeaderLine,
        NotATextCopy, HandlesOmitted, UnsupportedProject, InvalidJson, NotPaperObjects, IncompletePaper, UnusableField, NoDailyPapersData, InvalidSourceFormat,
        NoScrapeFiles, SomeNotPaperObjects, SummarySetAside,
    ];

    private static readonly Dictionary<string, DiagnosticDefinition> ById = All.ToDictionary(definition => definition.Id);

    public static DiagnosticDefinition Get(string id) => ById[id];

    /// <summary>
    /// A file the generator cannot read at all: an error at that file, whose message says the three ways on (mend the file,
    /// leave it out, or build without its papers by lowering the rule's severity).
    /// </summary>
    private static DiagnosticDefinition Unreadable(string id, string title, string problem, string mend) => new(
        id,
        title,
        problem + ". No papers were read from it: " + mend + ", leave it out of AdditionalFiles, or set dotnet_diagnostic." + id
            + ".severity = warning in a .globalconfig to build without its papers.",
        DiagnosticLevel.Error);
}
