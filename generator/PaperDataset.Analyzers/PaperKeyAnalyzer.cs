using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace PaperDataset.Analyzers;

/// <summary>
/// Checks paper keys written as compile-time constant strings against the catalogue they are looked up in:
/// <c>new PaperId("…")</c> (and so <c>Papers.Get</c>/<c>TryGet</c>), <c>Papers.FindByTitle("…")</c> and
/// <c>Papers.GetByArxivId</c>/<c>TryGetByArxivId("…")</c>. An unknown key is a warning naming the closest known one; a
/// known key is a suggestion to use its <c>Papers.Known</c> handle. The keys are read once per compilation, on first use,
/// from the catalogue assembly's key attribute (<see cref="CompilationCatalogues"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PaperKeyAnalyzer : DiagnosticAnalyzer
{
    private const string PaperIdTypeName = "PaperId";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        KeyDiagnostics.UnknownId, KeyDiagnostics.UnknownTitle, KeyDiagnostics.UnknownArxivId,
        KeyDiagnostics.IdAsString, KeyDiagnostics.TitleAsString, KeyDiagnostics.ArxivIdAsString);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // Generated code (the catalogue itself, other generators' output) is not the user's to fix.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var catalogues = new CompilationCatalogues();
            start.RegisterOperationAction(operation => AnalyzeIdCreation(operation, catalogues), OperationKind.ObjectCreation);
            start.RegisterOperationAction(operation => AnalyzeLookup(operation, catalogues), OperationKind.Invocation);
        });
    }

    private static void AnalyzeIdCreation(OperationAnalysisContext context, CompilationCatalogues catalogues)
    {
        if (context.Operation is not IObjectCreationOperation
            {
                Constructor.ContainingType: { Name: PaperIdTypeName } idType,
                Arguments: [{ Value: { ConstantValue: { HasValue: true, Value: string text } } value }],
            } creation
            || catalogues.ForIdType(idType) is not { } catalogue)
        {
            return;
        }

        // Papers.Get(new PaperId("x")) becomes Papers.Known.X; any other PaperId becomes Papers.Known.X.Id.
        var lookup = creation.Parent is IArgumentOperation { Parent: IInvocationOperation { TargetMethod: { Name: "Get", IsStatic: true, Parameters.Length: 1 } method } invocation }
            && catalogues.ForCatalogueType(method.ContainingType) == catalogue
            && IsValueUsed(invocation)
            ? invocation
            : null;
        Report(
            context, catalogue, KeyKind.Id, text, value, lookup?.Syntax ?? creation.Syntax,
            lookup is not null ? KeyFix.Paper : IsValueUsed(creation) ? KeyFix.Id : null);
    }

    private static void AnalyzeLookup(OperationAnalysisContext context, CompilationCatalogues catalogues)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        var (kind, returnsPaper) = method.Name switch
        {
            "FindByTitle" => (KeyKind.Title, true),
            "GetByArxivId" => (KeyKind.ArxivId, true),
            "TryGetByArxivId" => (KeyKind.ArxivId, false),
            _ => ((KeyKind?)null, false),
        };
        if (kind is not { } keyKind
            || !method.IsStatic
            || invocation.Arguments is not [{ Value: { ConstantValue: { HasValue: true, Value: string text } } value }, ..]
            || catalogues.ForCatalogueType(method.ContainingType) is not { } catalogue)
        {
            return;
        }

        Report(context, catalogue, keyKind, text, value, invocation.Syntax, returnsPaper && IsValueUsed(invocation) ? KeyFix.Paper : null);
    }

    // A lookup written as a statement (to see that it does not throw) cannot become a handle: `Papers.Known.X;` is no statement.
    private static bool IsValueUsed(IOperation operation) => operation.Parent is not IExpressionStatementOperation;

    // rewrite: how a handle replaces the node `replaced`, or null when no handle can (a Try… lookup returns a bool; a statement).
    private static void Report(OperationAnalysisContext context, CatalogueIndex catalogue, KeyKind kind, string text, IOperation value, SyntaxNode replaced, string? rewrite)
    {
        var className = catalogue.CatalogueFullName.Substring(catalogue.CatalogueFullName.LastIndexOf('.') + 1);
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties.Add(KeyFix.Catalogue, catalogue.CatalogueFullName);
        if (catalogue.Find(kind, text) is var known and >= 0)
        {
            if (catalogue.HasHandles && rewrite is not null)
            {
                var handle = catalogue.Keys.HandleOf(known);
                properties.Add(KeyFix.Rewrite, rewrite);
                properties.Add(KeyFix.Handle, handle);
                context.ReportDiagnostic(Diagnostic.Create(AsString(kind), value.Syntax.GetLocation(), [replaced.GetLocation()], properties.ToImmutable(), className, text, handle));
            }

            return;
        }

        var closest = catalogue.Closest(kind, text, context.CancellationToken);
        var closestKey = closest < 0 ? null : catalogue.KeyOf(closest, kind);
        if (closest >= 0 && catalogue.HasHandles && rewrite is not null)
        {
            properties.Add(KeyFix.Rewrite, rewrite);
            properties.Add(KeyFix.Handle, catalogue.Keys.HandleOf(closest));
        }
        else if (closestKey is not null && value.Syntax is LiteralExpressionSyntax)
        {
            properties.Add(KeyFix.Rewrite, KeyFix.Literal);
        }

        if (closestKey is not null)
        {
            properties.Add(KeyFix.Key, closestKey);
        }

        var didYouMean = closestKey is null ? string.Empty : "; did you mean '" + closestKey + "'?";
        context.ReportDiagnostic(Diagnostic.Create(Unknown(kind), value.Syntax.GetLocation(), [replaced.GetLocation()], properties.ToImmutable(), className, text, didYouMean));
    }

    private static DiagnosticDescriptor Unknown(KeyKind kind) => kind switch
    {
        KeyKind.Id => KeyDiagnostics.UnknownId,
        KeyKind.Title => KeyDiagnostics.UnknownTitle,
        _ => KeyDiagnostics.UnknownArxivId,
    };

    private static DiagnosticDescriptor AsString(KeyKind kind) => kind switch
    {
        KeyKind.Id => KeyDiagnostics.IdAsString,
        KeyKind.Title => KeyDiagnostics.TitleAsString,
        _ => KeyDiagnostics.ArxivIdAsString,
    };
}
