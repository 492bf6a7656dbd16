using System.Collections.Generic;
using System.Linq;

namespace PaperDataset.Sources.Diagnostics;

/// <summary>
/// Every diagnostic the readers, the merger and the generator report, in one table: the generator turns each into a
/// Roslyn descriptor, the CLI prints them as they are. Ids are stable: README's table documents each.
/// </summary>
internal static class KnownDiagnostics
{
    public static readonly DiagnosticDefinition InternalError = new(
        DiagnosticIds.InternalError, "Generator failure", "The PaperDataset generator failed on '{0}': {1}. Please report this with the input file.", DiagnosticLevel.Error);

    public static readonly DiagnosticDefinition UnrecognisedLine = new(
        DiagnosticIds.UnrecognisedLine, "Unrecognised line", "Skipped {0}, which is not part of any paper: \"{1}\"", DiagnosticLevel.Warning);

    public static readonly DiagnosticDefinition MalformedMeta = new(
        DiagnosticIds.MalformedMeta, "Malformed meta block", "The meta block of \"{0}\" is malformed ({1}); the paper is kept without it", DiagnosticLevel.Warning);

    public static readonly DiagnosticDefinition MissingCaptureDate = new(
        DiagnosticIds.MissingCaptureDate, "Missing capture date", "'{0}' has no PaperDatasetCapturedOn item metadata; its year-less dates stay unresolved", DiagnosticLevel.Warning);

    public static readonly DiagnosticDefinition CaptureDateMismatch = new(
        DiagnosticIds.CaptureDateMismatch, "Capture date disagrees with the page header", "PaperDatasetCapturedOn is {0} but the page header says \"{1}\"", DiagnosticLevel.Warning);

    public static readonly DiagnosticDefinition ConflictingDuplicate = new(
        DiagnosticIds.ConflictingDuplicate, "Conflicting duplicate", "\"{0}\" has {1} \"{2}\" here but \"{3}\" in {4}; the newest capture's value is kept", DiagnosticLevel.Info);

    public static readonly DiagnosticDefinition NoEntries = new(
        DiagnosticIds.NoEntries, "No papers in file", "'{0}' holds no papers", DiagnosticLevel.Warning);

    public static readonly DiagnosticDefinition InvalidCaptureDate = new(
        DiagnosticIds.InvalidCaptureDate, "Invalid capture date", "PaperDatasetCapturedOn \"{0}\" is not a yyyy-MM-dd date; the file is treated as having none", DiagnosticLevel.Warning);

    public static readonly DiagnosticDefinition MissingAbstract = new(
        DiagnosticIds.MissingAbstract, "Paper without abstract", "\"{0}\" has no abstract and is left out of the catalogue", DiagnosticLevel.Warning);

    public static readonly DiagnosticDefinition IdCollision = new(
        DiagnosticIds.IdCollision, "Identifier collision", "\"{0}\" and \"{1}\" would both have the id '{2}'; each gets a suffix from its title's hash", DiagnosticLevel.Info);

    public static readonly DiagnosticDefinition MissingPageDate = new(
        DiagnosticIds.MissingPageDate, "No page date header", "'{0}' has no page date header (a line such as \"Nov 7\") after the site header", DiagnosticLevel.Warning);

    public static readonly DiagnosticDefinition InvalidBuildProperty = new(
        DiagnosticIds.InvalidBuildProperty, "Invalid build property", "Build property {0} = \"{1}\" is not usable ({2}); \"{3}\" is used instead", DiagnosticLevel.Warning);

    public static readonly DiagnosticDefinition SkippedHeaderLine = new(
        DiagnosticIds.SkippedHeaderLine, "Header line skipped", "Line {0} before the page date header is not known site chrome and was skipped: \"{1}\"", DiagnosticLevel.Info);

    public static readonly DiagnosticDefinition NotATextCopy = new(
        DiagnosticIds.NotATextCopy, "Not a Daily Papers text copy",
        "'{0}' does not look like a Daily Papers text copy: {1}. No papers were read from it; copy the page from a browser as plain text instead",
        DiagnosticLevel.Warning);

    public static readonly DiagnosticDefinition HandlesOmitted = new(
        DiagnosticIds.HandlesOmitted, "Handles not generated",
        "{0}.Known is not generated for {1} papers (more than {2}); set the build property PaperDatasetEmitHandles to true to generate it anyway",
        DiagnosticLevel.Info);

    public static readonly DiagnosticDefinition UnsupportedProject = new(
        DiagnosticIds.UnsupportedProject, "Project cannot compile the generated catalogue",
        "The PaperDataset catalogue was not generated: its code needs {0}. To build it, {1}.",
        DiagnosticLevel.Error);

    public static readonly DiagnosticDefinition InvalidJson = new(
        DiagnosticIds.InvalidJson, "Not valid JSON", "'{0}' is not valid JSON at line {1}, column {2}: {3}. No papers were read from it", DiagnosticLevel.Warning);

    public static readonly DiagnosticDefinition NotPaperObjects = new(
        DiagnosticIds.NotPaperObjects, "Values that are not papers",
        "{0} of the {1} values in '{2}' are not Hub paper objects (the first, at line {3}, is {4}); they were skipped", DiagnosticLevel.Warning);

    public static readonly DiagnosticDefinition IncompletePaper = new(
        DiagnosticIds.IncompletePaper, "Paper skipped", "The paper at line {0} was skipped: {1}", DiagnosticLevel.Warning);

    public static readonly DiagnosticDefinition UnusableField = new(
        DiagnosticIds.UnusableField, "Field left out", "The paper at line {0} keeps its other fields, but {1}", DiagnosticLevel.Warning);

    public static readonly DiagnosticDefinition NoDailyPapersData = new(
        DiagnosticIds.NoDailyPapersData, "No Daily Papers data in the page",
        "'{0}' holds no Daily Papers list: {1}. No papers were read from it; save the huggingface.co/papers page whole", DiagnosticLevel.Warning);

    public static readonly DiagnosticDefinition InvalidSourceFormat = new(
        DiagnosticIds.InvalidSourceFormat, "Invalid source format",
        "PaperDatasetFormat \"{0}\" on '{1}' is not auto, text, json or html; the format is recognised from the content", DiagnosticLevel.Warning);

    public static IReadOnlyList<DiagnosticDefinition> All { get; } =
    [
        InternalError, UnrecognisedLine, MalformedMeta, MissingCaptureDate, CaptureDateMismatch, ConflictingDuplicate,
        NoEntries, InvalidCaptureDate, MissingAbstract, IdCollision, MissingPageDate, InvalidBuildProperty, SkippedHeaderLine,
        NotATextCopy, HandlesOmitted, UnsupportedProject, InvalidJson, NotPaperObjects, IncompletePaper, UnusableField, NoDailyPapersData, InvalidSourceFormat,
    ];

    private static readonly Dictionary<string, DiagnosticDefinition> ById = All.ToDictionary(definition => definition.Id);

    public static DiagnosticDefinition Get(string id) => ById[id];
}
