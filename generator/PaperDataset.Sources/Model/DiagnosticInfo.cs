using PaperDataset.Sources.Diagnostics;

namespace PaperDataset.Sources.Model;

/// <summary>
/// Where in a source file something was found: the pieces of a Roslyn Location, kept as plain
/// values so that pipeline models stay equatable and free of Roslyn types.
/// </summary>
internal readonly record struct TextPosition(int Line, int Start, int Length, int StartColumn, int EndColumn)
{
    /// <summary>The 1-based line number people see.</summary>
    public int LineNumber => Line + 1;
}

/// <summary>A diagnostic to report later: descriptor ID, message arguments, and the file and position it points at.</summary>
internal sealed record DiagnosticInfo(string Id, string FilePath, TextPosition Position, EquatableArray<string> MessageArgs)
{
    public static DiagnosticInfo Create(string id, string filePath, TextPosition position, params string[] messageArgs) =>
        new(id, filePath, position, messageArgs.ToEquatableArray());

    public static DiagnosticInfo Create(DiagnosticDefinition definition, string filePath, TextPosition position, params string[] messageArgs) =>
        new(definition.Id, filePath, position, messageArgs.ToEquatableArray());

    /// <summary>PDS000: a bug met while reading the file at <paramref name="path"/> (empty: while merging), reported instead of thrown.</summary>
    public static DiagnosticInfo InternalError(string path, System.Exception exception) =>
        Create(KnownDiagnostics.InternalError, path, default, path.Length == 0 ? "the merged catalogue" : path, exception.GetType().Name + ": " + exception.Message);

    /// <summary>The message as the generator reports it.</summary>
    public string Message => KnownDiagnostics.Get(Id).Format([.. MessageArgs]);
}
