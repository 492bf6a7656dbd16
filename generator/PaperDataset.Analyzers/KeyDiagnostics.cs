using Microsoft.CodeAnalysis;
using PaperDataset.Sources.Diagnostics;

namespace PaperDataset.Analyzers;

/// <summary>
/// The key analyzer's diagnostics. Ids, category and severities are constants because release tracking
/// (AnalyzerReleases.*.md) reads them at compile time; docs/analyzers.md has a section per id.
/// </summary>
internal static class KeyDiagnostics
{

    public static readonly DiagnosticDescriptor UnknownId = Create(
        "PDS100", "Unknown paper id", "No paper in {0} has the id '{1}'{2}", DiagnosticSeverity.Warning,
        "The string reaches a PaperId and no paper of the catalogue has that id, so Get throws KeyNotFoundException and TryGet returns false at run time.");

    public static readonly DiagnosticDescriptor UnknownTitle = Create(
        "PDS101", "Unknown paper title", "No paper in {0} has the title '{1}'{2}", DiagnosticSeverity.Warning,
        "FindByTitle returns null at run time: no paper's title is this one, even after the lookup's normalisation (Unicode NFKC, case, white space).");

    public static readonly DiagnosticDescriptor UnknownArxivId = Create(
        "PDS102", "Unknown arXiv id", "No paper in {0} has the arXiv id '{1}'{2}", DiagnosticSeverity.Warning,
        "GetByArxivId throws KeyNotFoundException and TryGetByArxivId returns false at run time: no paper of the catalogue has this arXiv id.");

    public static readonly DiagnosticDescriptor IdAsString = Create(
        "PDS103", "Paper id written as a string", "The paper '{1}' has a handle: {0}.Known.{2}", DiagnosticSeverity.Info,
        "A handle is checked by the compiler and shows the paper's title and abstract in IntelliSense; a string is checked by nothing.");

    public static readonly DiagnosticDescriptor TitleAsString = Create(
        "PDS104", "Paper title written as a string", "The paper titled '{1}' has a handle: {0}.Known.{2}", DiagnosticSeverity.Info,
        "A handle is checked by the compiler and needs no title lookup at run time.");

    public static readonly DiagnosticDescriptor ArxivIdAsString = Create(
        "PDS105", "arXiv id written as a string", "The paper with arXiv id '{1}' has a handle: {0}.Known.{2}", DiagnosticSeverity.Info,
        "A handle is checked by the compiler and needs no arXiv index at run time.");

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity, string description) =>
        new(id, title, message, RuleDocumentation.Category, severity, isEnabledByDefault: true, description, RuleDocumentation.HelpLink("analyzers.md", id));
}
