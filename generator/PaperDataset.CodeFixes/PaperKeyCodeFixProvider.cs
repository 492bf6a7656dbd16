using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using PaperDataset.Analyzers;

namespace PaperDataset.CodeFixes;

/// <summary>
/// Rewrites a paper key written as a string to the paper's handle (<c>Papers.Get(new PaperId("x"))</c> →
/// <c>Papers.Known.X</c>, <c>new PaperId("x")</c> → <c>Papers.Known.X.Id</c>), or a near miss to its closest key. The
/// analyzer decides what to write (<see cref="KeyFix"/>); this only edits the syntax. Fix All batches the edits, which
/// never overlap: each diagnostic owns one lookup.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PaperKeyCodeFixProvider))]
[Shared]
public sealed class PaperKeyCodeFixProvider : CodeFixProvider
{
    private const string UseHandleKey = "PaperDataset.UseHandle";
    private const string UseClosestKey = "PaperDataset.UseClosestKey";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        KeyDiagnostics.UnknownId.Id, KeyDiagnostics.UnknownTitle.Id, KeyDiagnostics.UnknownArxivId.Id,
        KeyDiagnostics.IdAsString.Id, KeyDiagnostics.TitleAsString.Id, KeyDiagnostics.ArxivIdAsString.Id);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            var properties = diagnostic.Properties;
            if (!properties.TryGetValue(KeyFix.Rewrite, out var rewrite) || !properties.TryGetValue(KeyFix.Catalogue, out var catalogue) || catalogue is null)
            {
                continue;
            }

            var className = catalogue.Substring(catalogue.LastIndexOf('.') + 1);
            if (rewrite == KeyFix.Literal && properties.TryGetValue(KeyFix.Key, out var key) && key is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create($"Use '{key}'", cancellation => ReplaceAsync(context.Document, diagnostic.Location, Literal(key), cancellation), UseClosestKey),
                    diagnostic);
            }
            else if (properties.TryGetValue(KeyFix.Handle, out var handle) && handle is not null && diagnostic.AdditionalLocations.Count > 0)
            {
                var handleText = $"{className}.Known.{handle}" + (rewrite == KeyFix.Id ? ".Id" : string.Empty);
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Use {handleText}",
                        cancellation => ReplaceAsync(context.Document, diagnostic.AdditionalLocations[0], Handle(catalogue, handle, rewrite == KeyFix.Id), cancellation),
                        UseHandleKey),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }

    private static async Task<Document> ReplaceAsync(Document document, Location location, ExpressionSyntax replacement, CancellationToken cancellation)
    {
        var root = await document.GetSyntaxRootAsync(cancellation).ConfigureAwait(false);
        var node = root?.FindNode(location.SourceSpan, getInnermostNodeForTie: true);
        if (root is null || node is null)
        {
            return document;
        }

        return document.WithSyntaxRoot(root.ReplaceNode(node, replacement.WithTriviaFrom(node)));
    }

    /// <summary><c>global::Ns.Papers.Known.X</c> (or <c>.Id</c>), marked for the simplifier to shorten as the file's usings allow.</summary>
    private static ExpressionSyntax Handle(string catalogue, string handle, bool id)
    {
        var text = $"global::{catalogue}.Known.{handle}" + (id ? ".Id" : string.Empty);
        return SyntaxFactory.ParseExpression(text).WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);
    }

    private static ExpressionSyntax Literal(string key) =>
        SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(key));
}
