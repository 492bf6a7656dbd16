using System;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using PaperDataset.Generator.Emitting;

namespace PaperDataset.Analyzers;

/// <summary>
/// The catalogues one compilation can see, found through the assembly that defines a call site's type: each catalogue
/// assembly carries its keys in one <c>AssemblyMetadata("PaperDataset.Keys", …)</c> attribute, emitted by the generator
/// (in this compilation for the generator package; in the referenced PaperDataset.dll for the bundled one). Each assembly's
/// attributes are read at most once per compilation; the instance lives only as long as the compilation's analysis.
/// The parsed keys are shared by content instead: <see cref="Parsed"/> maps the attribute's string to its index, weakly, so
/// the next compilation after an edit (which keeps the referenced assembly's symbols, or the unchanged generated tree, and
/// so the very same string) finds them parsed and indexed. The index holds no symbol and nothing of any compilation.
/// </summary>
internal sealed class CompilationCatalogues
{
    private static readonly ConditionalWeakTable<string, CatalogueIndex> Parsed = new();

    private readonly ConcurrentDictionary<IAssemblySymbol, Lazy<CatalogueIndex?>> _byAssembly = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, CatalogueIndex?> _byCatalogueType = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, CatalogueIndex?> _byIdType = new(SymbolEqualityComparer.Default);

    /// <summary>The catalogue whose class is <paramref name="catalogueType"/>, if that class has keys.</summary>
    public CatalogueIndex? ForCatalogueType(INamedTypeSymbol catalogueType) =>
        _byCatalogueType.TryGetValue(catalogueType, out var known)
            ? known
            : _byCatalogueType.GetOrAdd(
                catalogueType,
                Of(catalogueType.ContainingAssembly) is { } index && index.CatalogueFullName == FullName(catalogueType) ? index : null);

    /// <summary>The catalogue in the namespace and assembly of a <c>PaperId</c> type, if any.</summary>
    public CatalogueIndex? ForIdType(INamedTypeSymbol paperIdType) =>
        _byIdType.TryGetValue(paperIdType, out var known)
            ? known
            : _byIdType.GetOrAdd(
                paperIdType,
                Of(paperIdType.ContainingAssembly) is { } index && FullName(paperIdType.ContainingNamespace) + "." == NamespacePrefix(index.CatalogueFullName) ? index : null);

    private CatalogueIndex? Of(IAssemblySymbol? assembly) =>
        assembly is null ? null : _byAssembly.GetOrAdd(assembly, static assembly => new Lazy<CatalogueIndex?>(() => Read(assembly), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private static CatalogueIndex? Read(IAssemblySymbol assembly)
    {
        foreach (var attribute in assembly.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "AssemblyMetadataAttribute" }
                && attribute.ConstructorArguments is [{ Value: CatalogueKeysFormat.MetadataKey }, { Value: string text }]
                && (Parsed.TryGetValue(text, out var parsed) ? parsed : Parse(text)) is { } index)
            {
                return index;
            }
        }

        return null;
    }

    private static CatalogueIndex? Parse(string text)
    {
        if (CatalogueKeysFormat.Read(text) is not { } keys)
        {
            return null;
        }

        var index = new CatalogueIndex(keys);

        // Two compilations may parse the same text at once; the first to get here is the one kept.
        return Parsed.GetValue(text, _ => index);
    }

    private static string NamespacePrefix(string fullName) => fullName.Substring(0, fullName.LastIndexOf('.') + 1);

    private static string FullName(ISymbol symbol) => symbol.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Replace("global::", string.Empty);
}
