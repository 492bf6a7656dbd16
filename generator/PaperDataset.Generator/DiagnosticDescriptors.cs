using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using PaperDataset.Sources.Diagnostics;

namespace PaperDataset.Generator;

/// <summary>
/// Every diagnostic the generator reports, as Roslyn descriptors. Titles and messages come from the reading library's
/// table (<see cref="KnownDiagnostics"/>, shared with the CLI); ids, category and severity are written out here as
/// constants because Roslyn's release tracking (AnalyzerReleases.*.md) reads them at compile time.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "PaperDataset";

    public static readonly DiagnosticDescriptor InternalError = Create(DiagnosticIds.InternalError, KnownDiagnostics.InternalError, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnrecognisedLine = Create(DiagnosticIds.UnrecognisedLine, KnownDiagnostics.UnrecognisedLine, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor MalformedMeta = Create(DiagnosticIds.MalformedMeta, KnownDiagnostics.MalformedMeta, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor MissingCaptureDate = Create(DiagnosticIds.MissingCaptureDate, KnownDiagnostics.MissingCaptureDate, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor CaptureDateMismatch = Create(DiagnosticIds.CaptureDateMismatch, KnownDiagnostics.CaptureDateMismatch, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ConflictingDuplicate = Create(DiagnosticIds.ConflictingDuplicate, KnownDiagnostics.ConflictingDuplicate, DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor NoEntries = Create(DiagnosticIds.NoEntries, KnownDiagnostics.NoEntries, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidCaptureDate = Create(DiagnosticIds.InvalidCaptureDate, KnownDiagnostics.InvalidCaptureDate, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor MissingAbstract = Create(DiagnosticIds.MissingAbstract, KnownDiagnostics.MissingAbstract, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor IdCollision = Create(DiagnosticIds.IdCollision, KnownDiagnostics.IdCollision, DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor MissingPageDate = Create(DiagnosticIds.MissingPageDate, KnownDiagnostics.MissingPageDate, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidBuildProperty = Create(DiagnosticIds.InvalidBuildProperty, KnownDiagnostics.InvalidBuildProperty, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor SkippedHeaderLine = Create(DiagnosticIds.SkippedHeaderLine, KnownDiagnostics.SkippedHeaderLine, DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor NotATextCopy = Create(DiagnosticIds.NotATextCopy, KnownDiagnostics.NotATextCopy, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor HandlesOmitted = Create(DiagnosticIds.HandlesOmitted, KnownDiagnostics.HandlesOmitted, DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor InvalidJson = Create(DiagnosticIds.InvalidJson, KnownDiagnostics.InvalidJson, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NotPaperObjects = Create(DiagnosticIds.NotPaperObjects, KnownDiagnostics.NotPaperObjects, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor IncompletePaper = Create(DiagnosticIds.IncompletePaper, KnownDiagnostics.IncompletePaper, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnusableField = Create(DiagnosticIds.UnusableField, KnownDiagnostics.UnusableField, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NoDailyPapersData = Create(DiagnosticIds.NoDailyPapersData, KnownDiagnostics.NoDailyPapersData, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidSourceFormat = Create(DiagnosticIds.InvalidSourceFormat, KnownDiagnostics.InvalidSourceFormat, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnsupportedProject = Create(DiagnosticIds.UnsupportedProject, KnownDiagnostics.UnsupportedProject, DiagnosticSeverity.Error);

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = new[]
    {
        InternalError, UnrecognisedLine, MalformedMeta, MissingCaptureDate, CaptureDateMismatch, ConflictingDuplicate, NoEntries, InvalidCaptureDate, MissingAbstract, IdCollision, MissingPageDate, InvalidBuildProperty, SkippedHeaderLine, NotATextCopy, HandlesOmitted,
        UnsupportedProject, InvalidJson, NotPaperObjects, IncompletePaper, UnusableField, NoDailyPapersData, InvalidSourceFormat,
    }.ToDictionary(descriptor => descriptor.Id);

    public static IEnumerable<DiagnosticDescriptor> All => ById.Values;

    public static DiagnosticDescriptor Get(string id) => ById[id];

    private static DiagnosticDescriptor Create(string id, DiagnosticDefinition definition, DiagnosticSeverity severity) =>
        new(id, definition.Title, definition.MessageFormat, Category, severity, isEnabledByDefault: true);
}
