using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using PaperDataset.Sources.Diagnostics;

namespace PaperDataset.Generator;

/// <summary>
/// The Roslyn descriptors of the PDS rules, made from the one table of them (<see cref="KnownDiagnostics"/>, shared with
/// the CLI). Roslyn's release tracking cannot read a descriptor whose id is not a constant in the constructor call, so
/// it does not check these: DiagnosticTableTests does instead, comparing AnalyzerReleases.Unshipped.md with the table.
/// </summary>
internal static class DiagnosticDescriptors
{
    private static readonly Dictionary<string, DiagnosticDescriptor> ById = KnownDiagnostics.All.ToDictionary(definition => definition.Id, Create);

    public static IEnumerable<DiagnosticDescriptor> All => ById.Values;

    public static DiagnosticDescriptor Get(string id) => ById[id];

    public static DiagnosticDescriptor For(DiagnosticDefinition definition) => ById[definition.Id];

    public static DiagnosticSeverity SeverityOf(DiagnosticLevel level) => level switch
    {
        DiagnosticLevel.Error => DiagnosticSeverity.Error,
        DiagnosticLevel.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };

    private static DiagnosticDescriptor Create(DiagnosticDefinition definition) =>
        new(definition.Id, definition.Title, definition.MessageFormat, RuleDocumentation.Category, SeverityOf(definition.Level), isEnabledByDefault: true, helpLinkUri: definition.HelpLink);
}
