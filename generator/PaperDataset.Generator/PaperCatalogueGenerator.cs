using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PaperDataset.Generator.Compatibility;
using PaperDataset.Generator.Embedding;
using PaperDataset.Generator.Emitting;
using PaperDataset.Generator.Merging;
using PaperDataset.Generator.Model;
using PaperDataset.Generator.Parsing;

namespace PaperDataset.Generator;

/// <summary>
/// Compiles Daily Papers scrape files (AdditionalFiles with <c>PaperDatasetScrape="true"</c>) into immutable
/// records and a static catalogue. This class only wires the pipeline: parsing, merging and emitting are pure
/// functions of plain models, and only the support check looks at the compilation, so source edits never re-run them.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class PaperCatalogueGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select((provider, _) => GeneratorOptions.Read(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        var parsed = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(pair => GeneratorOptions.IsScrape(pair.Right.GetOptions(pair.Left)))
            .Select((pair, cancellationToken) => ReadSource(pair.Left, pair.Right.GetOptions(pair.Left), cancellationToken))
            .WithTrackingName(TrackingNames.ScrapeSources)
            .Select((source, cancellationToken) => Guarded(
                source.Path,
                () => ScrapeEmbedding.Attach(ScrapeParser.Parse(source, cancellationToken), source, cancellationToken),
                error => Failed(source, error)))
            .WithTrackingName(TrackingNames.ParsedScrapes);

        var merged = parsed.Collect()
            .Combine(options)
            .Select((input, cancellationToken) => Guarded(
                string.Empty,
                () => Merge(input.Left, input.Right, cancellationToken),
                error => new MergeResult(
                    new CatalogueSpec(input.Right.Catalogue, EquatableArray<FileSpec>.Empty, EquatableArray<PaperSpec>.Empty),
                    new[] { error }.ToEquatableArray())))
            .WithTrackingName(TrackingNames.Merged);

        // The one step that reads the compilation; it yields two strings, so source edits stop there.
        var support = context.CompilationProvider
            .Select(static (compilation, _) => GeneratedCodeSupport.Of(compilation))
            .WithTrackingName(TrackingNames.GeneratedCodeSupport);

        context.RegisterSourceOutput(parsed.Combine(support), static (production, input) =>
        {
            if (input.Right.IsSupported)
            {
                Report(production, input.Left.Diagnostics);
            }
        });
        context.RegisterSourceOutput(merged.Combine(support), static (production, input) =>
        {
            var (result, support) = input;
            if (!support.IsSupported)
            {
                // One error that says what to change, instead of dozens inside generated files (and scrape warnings on top).
                if (result.Catalogue.Files.Count > 0)
                {
                    production.ReportDiagnostic(support.ToDiagnostic());
                }

                return;
            }

            Report(production, result.Diagnostics);
            if (result.Catalogue.Files.Count == 0)
            {
                return;
            }

            foreach (var file in CatalogueEmitter.Emit(result.Catalogue))
            {
                production.AddSource(file.HintName, SourceText.From(file.Text, Encoding.UTF8));
            }
        });
    }

    private static MergeResult Merge(ImmutableArray<ParsedScrape> scrapes, GeneratorOptions options, CancellationToken cancellationToken)
    {
        var result = CatalogueMerger.Merge(scrapes, options.Catalogue, cancellationToken);
        var catalogue = options.Catalogue;
        var paperCount = result.Catalogue.Papers.Count;
        var handlesOmitted = catalogue.EmitHandles is null && !catalogue.ShouldEmitHandles(paperCount)
            ? new[]
            {
                DiagnosticInfo.Create(
                    DiagnosticDescriptors.HandlesOmitted.Id,
                    string.Empty,
                    default,
                    catalogue.ClassName,
                    paperCount.ToString(CultureInfo.InvariantCulture),
                    CatalogueOptions.HandleLimit.ToString(CultureInfo.InvariantCulture)),
            }
            : [];
        return options.Diagnostics.Count == 0 && handlesOmitted.Length == 0
            ? result
            : result with { Diagnostics = options.Diagnostics.Concat(handlesOmitted).Concat(result.Diagnostics).ToEquatableArray() };
    }

    private static ScrapeSource ReadSource(AdditionalText file, AnalyzerConfigOptions options, CancellationToken cancellationToken)
    {
        var text = file.GetText(cancellationToken);

        // Offsets into the embedded file are only right when the compiler read it as UTF-8 (it falls back to a code page otherwise).
        var resourceName = text?.Encoding is UTF8Encoding ? GeneratorOptions.ResourceName(options) : null;
        return new ScrapeSource(file.Path, text?.ToString() ?? string.Empty, GeneratorOptions.CapturedOn(options), resourceName);
    }

    private static ParsedScrape Failed(ScrapeSource source, DiagnosticInfo error) =>
        new(source.Path, ScrapeParser.FileNameOf(source.Path), null, EquatableArray<ScrapeEntry>.Empty, new[] { error }.ToEquatableArray());

    /// <summary>
    /// The generator must never throw (an exception costs the user every generated file, CS8785); a bug becomes
    /// a PDS000 diagnostic instead. Cancellation is not a failure and passes through.
    /// </summary>
    internal static T Guarded<T>(string path, Func<T> work, Func<DiagnosticInfo, T> fallback)
    {
        try
        {
            return work();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return fallback(DiagnosticInfo.Create(
                DiagnosticDescriptors.InternalError.Id, path, default, path.Length == 0 ? "the merged catalogue" : path, exception.GetType().Name + ": " + exception.Message));
        }
    }

    private static void Report(SourceProductionContext production, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var info in diagnostics)
        {
            var position = info.Position;
            var location = info.FilePath.Length == 0
                ? Location.None
                : Location.Create(
                    info.FilePath,
                    new TextSpan(position.Start, position.Length),
                    new LinePositionSpan(new LinePosition(position.Line, position.StartColumn), new LinePosition(position.Line, position.EndColumn)));
            production.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.Get(info.Id), location, info.MessageArgs.Cast<object>().ToArray()));
        }
    }
}
