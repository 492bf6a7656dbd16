namespace PaperDataset.Sources.Model;

/// <summary>
/// One source file as a reader receives it: its path, its whole text, the capture date its build item declares (raw, as
/// written: readers validate it) and the format it is declared as (<see cref="SourceFormat.Auto"/>: recognised from the text).
/// </summary>
internal sealed record SourceDocument(string Path, string Text, string? CapturedOn, SourceFormat Format = SourceFormat.Auto)
{
    /// <summary>The file name without directories; the catalogue names files this way so it never depends on the build machine.</summary>
    public string FileName => FileNameOf(Path);

    public static string FileNameOf(string path)
    {
        var slash = path.LastIndexOfAny(['/', '\\']);
        return slash < 0 ? path : path.Substring(slash + 1);
    }
}
