using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PaperDataset.Sources.Diagnostics;

namespace PaperDataset.Generator.Compatibility;

/// <summary>
/// Whether a project can compile the code the generator emits: a recent enough C# and the framework APIs that code uses.
/// Without this, a netstandard2.0 or LangVersion 10 project gets dozens of compiler errors inside generated files; with it,
/// one PDS015 that says what is missing. The compilation changes on every edit, so it is reduced at once to two strings:
/// equal results leave everything downstream cached.
/// </summary>
/// <param name="OutdatedLanguageVersion">The project's C# version when it is older than <see cref="MinimumLanguageVersion"/>, else null.</param>
/// <param name="MissingApis">The required APIs the project cannot see, comma-separated in <see cref="RequiredTypes"/> order; empty when none.</param>
internal sealed record GeneratedCodeSupport(string? OutdatedLanguageVersion, string MissingApis)
{
    /// <summary>Required members and UTF-8 string literals (<c>"..."u8</c>) are C# 11.</summary>
    public const LanguageVersion MinimumLanguageVersion = LanguageVersion.CSharp11;

    /// <summary>
    /// Every type the generated code names or the compiler needs for it (records and <c>init</c> need IsExternalInit,
    /// <c>required</c> the two attributes beside it), as found by compiling the output against netstandard2.0, .NET Framework
    /// and older C# versions: display name and metadata name. All are in .NET 8; ImmutableCollectionsMarshal is the newest.
    /// </summary>
    internal static readonly (string Name, string MetadataName)[] RequiredTypes =
    [
        ("System.DateOnly", "System.DateOnly"),
        ("System.Collections.Immutable.ImmutableArray<T>", "System.Collections.Immutable.ImmutableArray`1"),
        ("System.Runtime.InteropServices.ImmutableCollectionsMarshal", "System.Runtime.InteropServices.ImmutableCollectionsMarshal"),
        ("System.Span<T>", "System.Span`1"),
        ("System.ReadOnlySpan<T>", "System.ReadOnlySpan`1"),
        ("System.MemoryExtensions", "System.MemoryExtensions"),
        ("System.Buffers.ArrayPool<T>", "System.Buffers.ArrayPool`1"),
        ("System.HashCode", "System.HashCode"),
        ("System.Runtime.CompilerServices.IsExternalInit", "System.Runtime.CompilerServices.IsExternalInit"),
        ("System.Runtime.CompilerServices.RequiredMemberAttribute", "System.Runtime.CompilerServices.RequiredMemberAttribute"),
        ("System.Runtime.CompilerServices.CompilerFeatureRequiredAttribute", "System.Runtime.CompilerServices.CompilerFeatureRequiredAttribute"),
        ("System.Diagnostics.CodeAnalysis.SetsRequiredMembersAttribute", "System.Diagnostics.CodeAnalysis.SetsRequiredMembersAttribute"),
        ("System.Diagnostics.CodeAnalysis.NotNullWhenAttribute", "System.Diagnostics.CodeAnalysis.NotNullWhenAttribute"),
    ];

    /// <summary>Span overloads the loader calls, which a type above may exist without (netstandard2.0 with System.Memory): type, method, parameter type.</summary>
    internal static readonly (string Name, string Type, string Method, string Parameter)[] RequiredMethods =
    [
        ("System.IO.Stream.ReadExactly(Span<byte>)", "System.IO.Stream", "ReadExactly", "Span`1"),
        ("System.IO.Stream.Read(Span<byte>)", "System.IO.Stream", "Read", "Span`1"),
        ("System.Text.Encoding.GetString(ReadOnlySpan<byte>)", "System.Text.Encoding", "GetString", "ReadOnlySpan`1"),
    ];

    public bool IsSupported => OutdatedLanguageVersion is null && MissingApis.Length == 0;

    public static GeneratedCodeSupport Of(Compilation compilation)
    {
        var language = ((CSharpCompilation)compilation).LanguageVersion;
        var missing = RequiredTypes.Where(type => FindType(compilation, type.MetadataName) is null).Select(type => type.Name)
            .Concat(RequiredMethods.Where(method => !HasMethod(compilation, method.Type, method.Method, method.Parameter)).Select(method => method.Name));
        return new GeneratedCodeSupport(
            language < MinimumLanguageVersion ? language.ToDisplayString() : null,
            string.Join(", ", missing));
    }

    /// <summary>The PDS015 error: what is missing and how to fix it.</summary>
    public Diagnostic ToDiagnostic()
    {
        var language = OutdatedLanguageVersion is null ? null : $"C# {MinimumLanguageVersion.ToDisplayString()} or later (the project compiles as C# {OutdatedLanguageVersion})";
        var apis = MissingApis.Length == 0 ? null : "APIs of .NET 8 or later (the project lacks " + MissingApis + ")";
        var fixes = new[]
        {
            apis is null ? null : "target .NET 8 or later (<TargetFramework>net8.0</TargetFramework> or newer; netstandard2.0 and .NET Framework cannot compile the catalogue)",
            language is null ? null : $"set <LangVersion> to {MinimumLanguageVersion.ToDisplayString()} or later, or remove it (.NET 8 defaults to C# 12)",
        };
        return Diagnostic.Create(
            DiagnosticDescriptors.For(KnownDiagnostics.UnsupportedProject),
            Location.None,
            string.Join(" and ", new[] { language, apis }.Where(part => part is not null)),
            string.Join(" and ", fixes.Where(fix => fix is not null)));
    }

    // A type the project's own code could use: in its own assembly or public in a reference (an internal polyfill
    // in some referenced library does not count).
    private static INamedTypeSymbol? FindType(Compilation compilation, string metadataName) =>
        compilation.GetTypesByMetadataName(metadataName).FirstOrDefault(type => compilation.IsSymbolAccessibleWithin(type, compilation.Assembly));

    private static bool HasMethod(Compilation compilation, string typeName, string methodName, string parameterTypeName) =>
        FindType(compilation, typeName)?.GetMembers(methodName).OfType<IMethodSymbol>().Any(method =>
            method.DeclaredAccessibility == Accessibility.Public
            && method.Parameters.Length == 1
            && method.Parameters[0].Type.MetadataName == parameterTypeName
            && method.Parameters[0].Type.ContainingNamespace?.ToDisplayString() == "System") == true;
}
