using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PaperDataset.Scale;

namespace PaperDataset.Benchmarks;

/// <summary>
/// What one table of N ints costs the compiler in each form the emitter could write it: an int array initializer, a u8
/// literal (base64 text), and a string literal of \uXXXX escapes (two UTF-16 units per int). GetDiagnostics after an
/// edit (design time) and Emit (build). Usage: literals &lt;ints&gt;
/// </summary>
internal static class LiteralCost
{
    public static int Run(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        var values = Enumerable.Range(0, count).Select(i => (i * 7919) % 1_000_003).ToArray();
        var ints = new StringBuilder("namespace T; public static class Table { public static System.ReadOnlySpan<int> Data => new int[] {");
        foreach (var v in values)
        {
            ints.Append(v.ToString(CultureInfo.InvariantCulture)).Append(',');
        }

        ints.Append("}; }");
        var bytes = new byte[count * 4];
        Buffer.BlockCopy(values, 0, bytes, 0, bytes.Length);
        var u8 = "namespace T; public static class Table { public static System.ReadOnlySpan<byte> Data => \"" + Convert.ToBase64String(bytes) + "\"u8; }";
        var chars = new StringBuilder("namespace T; public static class Table { public const string Data = \"");
        foreach (var v in values)
        {
            // two 16-bit units per int, kept out of the surrogate range for this measurement
            chars.Append("\\u").Append((0x100 + (v & 0x7FFF)).ToString("X4", CultureInfo.InvariantCulture));
            chars.Append("\\u").Append((0x100 + (v >> 15)).ToString("X4", CultureInfo.InvariantCulture));
        }

        chars.Append("\"; }");
        Console.WriteLine($"{count} ints");
        foreach (var (name, source) in new[] { ("int[] initializer", ints.ToString()), ("u8 literal (base64)", u8), ("string literal (\\uXXXX x2)", chars.ToString()) })
        {
            var tree = CSharpSyntaxTree.ParseText(source, SyntheticGeneration.ParseOptions.WithDocumentationMode(DocumentationMode.None), "/gen/Table.cs");
            tree.GetRoot();
            var baseCompilation = SyntheticGeneration.Compilation("namespace User; static class U { static int X => 0; }").AddSyntaxTrees(tree);
            var user = baseCompilation.SyntaxTrees.First();
            baseCompilation.GetDiagnostics();
            var edited = baseCompilation.ReplaceSyntaxTree(user, CSharpSyntaxTree.ParseText("namespace User; static class U { static int X => 1; }", SyntheticGeneration.ParseOptions, user.FilePath));
            var stopwatch = Stopwatch.StartNew();
            var errors = edited.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
            var diagnostics = stopwatch.Elapsed;
            var before = GC.GetTotalAllocatedBytes();
            stopwatch.Restart();
            using var pe = new MemoryStream();
            var ok = edited.Emit(pe).Success;
            Console.WriteLine($"  {name,-28} source {source.Length / 1e6,6:F1} M chars   edit → GetDiagnostics {diagnostics.TotalMilliseconds,7:F0} ms ({errors} errors)   Emit {stopwatch.Elapsed.TotalMilliseconds,7:F0} ms, {(GC.GetTotalAllocatedBytes() - before) / 1e6,7:F0} MB allocated{(ok ? string.Empty : " FAILED")}");
        }

        return 0;
    }
}
