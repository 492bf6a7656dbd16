using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PaperDataset.Generator;

/// <summary>Every diagnostic the generator reports. IDs are stable: README's table documents each.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "PaperDataset";

    public static readonly DiagnosticDescriptor InternalError = Create(
        "PDS000", "Generator failure", "The PaperDataset generator failed on '{0}': {1}. Please report this with the input file.", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnrecognisedLine = Create(
        "PDS001", "Unrecognised line", "Line {0} is not part of any paper and was skipped: \"{1}\"", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor MalformedMeta = Create(
        "PDS002", "Malformed meta block", "The meta block of \"{0}\" is malformed ({1}); the paper is kept without it", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor MissingCaptureDate = Create(
        "PDS003", "Missing capture date", "'{0}' has no PaperDatasetCapturedOn item metadata; its year-less dates stay unresolved", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor CaptureDateMismatch = Create(
        "PDS004", "Capture date disagrees with the page header", "PaperDatasetCapturedOn is {0} but the page header says \"{1}\"", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ConflictingDuplicate = Create(
        "PDS005", "Conflicting duplicate", "\"{0}\" has {1} \"{2}\" here but \"{3}\" in {4}; the newest capture's value is kept", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor NoEntries = Create(
        "PDS006", "No papers in file", "'{0}' holds no papers", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidCaptureDate = Create(
        "PDS007", "Invalid capture date", "PaperDatasetCapturedOn \"{0}\" is not a yyyy-MM-dd date; the file is treated as having none", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor MissingAbstract = Create(
        "PDS008", "Paper without abstract", "\"{0}\" has no abstract and is left out of the catalogue", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor IdCollision = Create(
        "PDS009", "Identifier collision", "\"{0}\" and \"{1}\" would both have the id '{2}'; each gets a suffix from its title's hash", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor MissingPageDate = Create(
        "PDS010", "No page date header", "'{0}' has no page date header (a line such as \"Nov 7\") after the site header", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidBuildProperty = Create(
        "PDS011", "Invalid build property", "Build property {0} = \"{1}\" is not usable ({2}); \"{3}\" is used instead", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor SkippedHeaderLine = Create(
        "PDS012", "Header line skipped", "Line {0} before the page date header is not known site chrome and was skipped: \"{1}\"", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor NotATextCopy = Create(
        "PDS013", "Not a Daily Papers text copy",
        "'{0}' does not look like a Daily Papers text copy: {1}. No papers were read from it; copy the page from a browser as plain text instead",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor HandlesOmitted = Create(
        "PDS014", "Handles not generated",
        "{0}.Known is not generated for {1} papers (more than {2}); set the build property PaperDatasetEmitHandles to true to generate it anyway",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor UnsupportedProject = Create(
        "PDS015", "Project cannot compile the generated catalogue",
        "The PaperDataset catalogue was not generated: its code needs {0}. To build it, {1}.",
        DiagnosticSeverity.Error);

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = new[]
    {
        InternalError, UnrecognisedLine, MalformedMeta, MissingCaptureDate, CaptureDateMismatch, ConflictingDuplicate,
        NoEntries, InvalidCaptureDate, MissingAbstract, IdCollision, MissingPageDate, InvalidBuildProperty, SkippedHeaderLine,
        NotATextCopy, HandlesOmitted, UnsupportedProject,
    }.ToDictionary(descriptor => descriptor.Id);

    public static IEnumerable<DiagnosticDescriptor> All => ById.Values;

    public static DiagnosticDescriptor Get(string id) => ById[id];

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true);
}
