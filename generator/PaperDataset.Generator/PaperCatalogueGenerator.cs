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
using PaperDataset.Generator.Emitting;
using PaperDataset.Generator.Model;
using PaperDataset.Sources.Diagnostics;
using PaperDataset.Sources.Merging;
using PaperDataset.Sources.Model;
using PaperDataset.Sources.Reading;
using PaperDataset.Storage;

namespace PaperDataset.Generator;

/// <summary>
/// Compiles Daily Papers source files (AdditionalFiles with <c>PaperDatasetScrape="true"</c>) into immutable records and
/// a static catalogue. This class only wires the pipeline: reading, merging and emitting are pure functions of
/// plain models, and only the support check looks at the compilation (reduced at once to two strings), so source edits
/// never re-run them. As in System.Text.Json's generator, source and diagnostics are separate outputs, so a change in
/// what is reported never re-emits the source.
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

        var marked = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(pair => GeneratorOptions.IsScrape(pair.Right.GetOptions(pair.Left)));

        // In a build whose task has read the sources already (to write the storage resource), its summary of them, so that
        // the sources are read once a build; none in the IDE and in hosts without the task.
        var summary = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(pair => GeneratorOptions.IsCatalogueSummary(pair.Right.GetOptions(pair.Left)))
            .Select((pair, cancellationToken) => new SummaryFile(pair.Left.Path, CatalogueSummaryFormat.TryRead(pair.Left.GetText(cancellationToken)?.ToString())))
            .Collect()
            .Combine(marked.Select((pair, _) => GeneratorOptions.Source(pair.Left.Path, pair.Right.GetOptions(pair.Left))).Collect())
            .Combine(options)
            .Select((input, _) => SummaryChoice.Of(input.Left.Left, input.Left.Right, input.Right.Catalogue))
            .WithTrackingName(TrackingNames.CatalogueSummary);

        var read = marked
            .Combine(summary.Select((choice, _) => choice.Served is not null))
            .Select((input, cancellationToken) =>
            {
                var ((file, options), summarised) = input;
                return summarised ? NotRead(file, options.GetOptions(file)) : Read(file, options.GetOptions(file), cancellationToken);
            })
            .WithTrackingName(TrackingNames.ReadScrapes);

        var merged = read.Collect()
            .Combine(summary.Select((choice, _) => choice.Served))
            .Select((input, cancellationToken) => input.Right is { } summarised
                ? new CatalogueSource(null, summarised)
                : new CatalogueSource(
                    Guarded(
                        string.Empty,
                        () => CatalogueMerger.Merge(input.Left, cancellationToken),
                        error => new MergedCatalogue(EquatableArray<MergedFile>.Empty, EquatableArray<MergedPaper>.Empty, new[] { error }.ToEquatableArray())),
                    null))
            .WithTrackingName(TrackingNames.Merged);

        var catalogue = merged
            .Combine(options)
            .Select((input, _) => Guarded(
                string.Empty,
                () => new CatalogueOutput(input.Left.Spec(input.Right.Catalogue), null),
                error => new CatalogueOutput(null, error)))
            .WithTrackingName(TrackingNames.Catalogue);

        var catalogueDiagnostics = merged
            .Combine(options)
            .Select((input, _) => input.Right.Diagnostics
                .Concat(HandlesOmitted(input.Right.Catalogue, input.Left.PaperCount))
                .Concat(input.Left.Diagnostics)
                .ToEquatableArray())
            .WithTrackingName(TrackingNames.CatalogueDiagnostics);

        // The one step that reads the compilation; it yields two strings, so source edits stop there.
        var support = context.CompilationProvider
            .Select(static (compilation, _) => GeneratedCodeSupport.Of(compilation))
            .WithTrackingName(TrackingNames.GeneratedCodeSupport);

        // PDS022 when no file is marked: from paths and marks only, so editing a file's text stops at the first step.
        var unmarked = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select((pair, _) => new AdditionalFileMark(pair.Left.Path, GeneratorOptions.IsScrape(pair.Right.GetOptions(pair.Left))))
            .WithTrackingName(TrackingNames.AdditionalFileMarks)
            .Collect()
            .Combine(context.AnalyzerConfigOptionsProvider.Select((provider, _) => GeneratorOptions.ProjectDirectory(provider.GlobalOptions)))
            .Select((input, _) => UnmarkedSources.Check(input.Left, input.Right))
            .WithTrackingName(TrackingNames.UnmarkedSources);

        // Not held back by the support check: with nothing marked, there is no catalogue whose code could fail to compile.
        context.RegisterSourceOutput(unmarked, static (production, diagnostics) => Report(production, diagnostics));
        context.RegisterSourceOutput(read.Select((scrape, _) => scrape.Diagnostics).Combine(support), static (production, input) => ReportIfSupported(production, input.Left, input.Right));
        context.RegisterSourceOutput(summary.Select((choice, _) => choice.Diagnostics).Combine(support), static (production, input) => ReportIfSupported(production, input.Left, input.Right));
        context.RegisterSourceOutput(catalogueDiagnostics.Combine(support), static (production, input) => ReportIfSupported(production, input.Left, input.Right));
        context.RegisterSourceOutput(catalogue.Combine(support), static (production, input) =>
        {
            var (output, support) = input;
            if (!support.IsSupported)
            {
                // One error that says what to change, instead of dozens inside generated files (and source warnings on top).
                if (output.Catalogue is { FileCount: > 0 })
                {
                    production.ReportDiagnostic(support.ToDiagnostic());
                }

                return;
            }

            var emitted = output.Catalogue is { FileCount: > 0 } spec
                ? Guarded(string.Empty, () => new EmitResult(CatalogueEmitter.Emit(spec), null), error => new EmitResult([], error))
                : new EmitResult([], output.Failure);
            foreach (var file in emitted.Files)
            {
                production.AddSource(file.HintName, SourceText.From(file.Text, Encoding.UTF8));
            }

            if (emitted.Failure is { } failure)
            {
                Report(production, new[] { failure }.ToEquatableArray());
            }
        });
    }

    /// <summary>
    /// The catalogue: merged here from the files read, or as the build task's summary gives it (which then holds the
    /// diagnostics of reading and merging too).
    /// </summary>
    private sealed record CatalogueSource(MergedCatalogue? Merged, CatalogueSummary? Summary)
    {
        public int PaperCount => Merged?.Papers.Count ?? Summary!.Papers.Count;

        public EquatableArray<DiagnosticInfo> Diagnostics => Merged?.Diagnostics ?? Summary!.Diagnostics;

        public CatalogueSpec Spec(CatalogueOptions options) => Merged is not null ? CatalogueSpecs.Build(Merged, options) : CatalogueSpecs.Build(Summary!, options);
    }

    /// <summary>The catalogue to emit, or the failure (PDS000) that left none.</summary>
    private sealed record CatalogueOutput(CatalogueSpec? Catalogue, DiagnosticInfo? Failure);

    private sealed record EmitResult(System.Collections.Generic.IReadOnlyList<GeneratedFile> Files, DiagnosticInfo? Failure);

    private static DiagnosticInfo[] HandlesOmitted(CatalogueOptions catalogue, int paperCount) =>
        catalogue.EmitHandles is null && !catalogue.ShouldEmitHandles(paperCount)
            ?
            [
                DiagnosticInfo.Create(
                    KnownDiagnostics.HandlesOmitted,
                    string.Empty,
                    default,
                    catalogue.ClassName,
                    paperCount.ToString(CultureInfo.InvariantCulture),
                    KnownHandles.Limit.ToString(CultureInfo.InvariantCulture)),
            ]
            : [];

    /// <summary>Reads one file. The text is dropped once read: the pipeline keeps what the reader made of it, which is smaller.</summary>
    private static ReadResult Read(AdditionalText file, AnalyzerConfigOptions options, CancellationToken cancellationToken)
    {
        var (format, formatProblem) = GeneratorOptions.Format(options, file.Path);
        var document = new SourceDocument(file.Path, file.GetText(cancellationToken)?.ToString() ?? string.Empty, GeneratorOptions.CapturedOn(options), format);
        return Guarded(
            document.Path,
            () => WithProblem(SourceReader.Read(document, cancellationToken), formatProblem),
            error => ReadResult.Failed(document, new[] { error }.ToEquatableArray()));
    }

    /// <summary>A file the build task's summary has read: only its item's format is checked here (PDS021).</summary>
    private static ReadResult NotRead(AdditionalText file, AnalyzerConfigOptions options)
    {
        var (format, formatProblem) = GeneratorOptions.Format(options, file.Path);
        var diagnostics = formatProblem is null ? EquatableArray<DiagnosticInfo>.Empty : new[] { formatProblem }.ToEquatableArray();
        return new ReadResult(file.Path, SourceDocument.FileNameOf(file.Path), format, null, EquatableArray<SourceEntry>.Empty, diagnostics);
    }

    private static ReadResult WithProblem(ReadResult read, DiagnosticInfo? problem) =>
        problem is null ? read : read with { Diagnostics = new[] { problem }.Concat(read.Diagnostics).ToEquatableArray() };

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
            return fallback(DiagnosticInfo.InternalError(path, exception));
        }
    }

    private static void ReportIfSupported(SourceProductionContext production, EquatableArray<DiagnosticInfo> diagnostics, GeneratedCodeSupport support)
    {
        if (support.IsSupported)
        {
            Report(production, diagnostics);
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
