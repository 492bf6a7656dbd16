using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PaperDataset.Generator.Emitting;
using PaperDataset.Generator.Model;
using PaperDataset.Sources.Diagnostics;
using PaperDataset.Sources.Model;
using PaperDataset.Storage;

namespace PaperDataset.Generator;

/// <summary>The build properties and item metadata the generator reads (declared CompilerVisible by the packages' props).</summary>
internal sealed record GeneratorOptions(CatalogueOptions Catalogue, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public const string ScrapeMetadata = "build_metadata.AdditionalFiles." + ScrapeMark.MetadataName;
    public const string CapturedOnMetadata = "build_metadata.AdditionalFiles.PaperDatasetCapturedOn";
    public const string FormatMetadata = "build_metadata.AdditionalFiles.PaperDatasetFormat";
    public const string CatalogueSummaryMetadata = "build_metadata.AdditionalFiles.PaperDatasetCatalogueSummary";
    public const string NamespaceProperty = "build_property.PaperDatasetNamespace";
    public const string ClassNameProperty = "build_property.PaperDatasetCatalogueName";
    public const string EmitModelProperty = "build_property.PaperDatasetEmitModel";
    public const string EmitHandlesProperty = "build_property.PaperDatasetEmitHandles";
    public const string StorageResourceProperty = "build_property.PaperDatasetStorageResource";
    private const string RootNamespaceProperty = "build_property.RootNamespace";
    private const string ProjectDirectoryProperty = "build_property.ProjectDir";

    public static bool IsScrape(AnalyzerConfigOptions options) => options.TryGetValue(ScrapeMetadata, out var value) && ScrapeMark.IsSet(value);

    /// <summary>Whether the file is the build task's catalogue summary (the package's targets mark it).</summary>
    public static bool IsCatalogueSummary(AnalyzerConfigOptions options) => options.TryGetValue(CatalogueSummaryMetadata, out var value) && bool.TryParse(value, out var isSummary) && isSummary;

    /// <summary>A source as its item declares it, as the build task records it in the summary.</summary>
    public static SummarySource Source(string path, AnalyzerConfigOptions options) => SummarySource.Of(path, CapturedOn(options), Format(options, path).Format);

    /// <summary>The project's folder (the SDK makes ProjectDir compiler-visible), to name files as the project file does.</summary>
    public static string? ProjectDirectory(AnalyzerConfigOptions globalOptions) => Value(globalOptions, ProjectDirectoryProperty);

    public static string? CapturedOn(AnalyzerConfigOptions options) =>
        options.TryGetValue(CapturedOnMetadata, out var value) ? value : null;

    /// <summary>The format a file's item declares (<c>auto</c> when none), and a PDS021 when the value is not a format's name.</summary>
    public static (SourceFormat Format, DiagnosticInfo? Problem) Format(AnalyzerConfigOptions options, string path)
    {
        options.TryGetValue(FormatMetadata, out var value);
        return SourceFormatNames.TryParse(value, out var format)
            ? (format, null)
            : (SourceFormat.Auto, DiagnosticInfo.Create(KnownDiagnostics.InvalidSourceFormat, path, default, value!, SourceDocument.FileNameOf(path)));
    }

    public static GeneratorOptions Read(AnalyzerConfigOptions options)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var rootNamespace = Value(options, RootNamespaceProperty);
        var ns = Checked(options, NamespaceProperty, IsValidNamespace(rootNamespace) ? rootNamespace! : CatalogueOptions.DefaultNamespace, IsValidNamespace, "not a C# namespace", diagnostics);
        var className = Checked(options, ClassNameProperty, CatalogueOptions.DefaultClassName, IsValidClassName, "not a C# identifier, or the name of a generated type", diagnostics);
        var emitModel = Checked(options, EmitModelProperty, "true", IsBoolean, "expected true or false", diagnostics);
        var emitHandles = Checked(options, EmitHandlesProperty, "auto", IsBooleanOrAuto, "expected true, false or auto", diagnostics);
        return new GeneratorOptions(
            new CatalogueOptions(ns, className, bool.Parse(emitModel), KnownHandles.Setting(emitHandles), Value(options, StorageResourceProperty)),
            diagnostics.ToEquatableArray());
    }

    private static string Checked(AnalyzerConfigOptions options, string key, string fallback, Func<string, bool> isValid, string problem, List<DiagnosticInfo> diagnostics)
    {
        var value = Value(options, key);
        if (value is null)
        {
            return fallback;
        }

        if (isValid(value))
        {
            return value;
        }

        var property = key.Substring("build_property.".Length);
        diagnostics.Add(DiagnosticInfo.Create(KnownDiagnostics.InvalidBuildProperty, string.Empty, default, property, value, problem, fallback));
        return fallback;
    }

    private static string? Value(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static bool IsBoolean(string value) => bool.TryParse(value, out _);

    private static bool IsBooleanOrAuto(string value) => IsBoolean(value) || string.Equals(value, "auto", StringComparison.OrdinalIgnoreCase);

    private static bool IsValidNamespace(string? value) =>
        value is not null && value.Split('.').All(IsIdentifier);

    private static bool IsValidClassName(string value) =>
        IsIdentifier(value) && !CatalogueEmitter.ModelTypeNames.Contains(value) && value is not ("Known" or "Storage");

    private static bool IsIdentifier(string value) =>
        SyntaxFacts.IsValidIdentifier(value) && SyntaxFacts.GetKeywordKind(value) == SyntaxKind.None && SyntaxFacts.GetContextualKeywordKind(value) == SyntaxKind.None;
}
