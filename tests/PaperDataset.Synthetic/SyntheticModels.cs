using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace PaperDataset.Synthetic;

/// <summary>One generated scrape file.</summary>
/// <param name="FileName">The file name, e.g. <c>synthetic_000.txt</c>.</param>
/// <param name="Text">The whole file: LF line endings, no byte-order mark, in the bundled format of FORMAT.md.</param>
/// <param name="CapturedOn">The capture date; the page date header shows its month and day.</param>
public sealed record SyntheticFile(string FileName, string Text, DateOnly CapturedOn);

/// <summary>One place a paper appears.</summary>
/// <param name="FileName">The file it appears in.</param>
/// <param name="Line">The 1-based line number of its title line in that file.</param>
/// <param name="HasMeta">Whether the entry there has a meta block.</param>
public sealed record SyntheticSource(string FileName, int Line, bool HasMeta);

/// <summary>The ground truth for one distinct paper, as a correct parser and merger would report it.</summary>
/// <remarks>
/// The abstract is not held twice: it is read from the text of the paper's first file on first use, so a
/// corpus costs little more memory than its files.
/// </remarks>
public sealed class SyntheticPaper
{
    private readonly string _fileText;
    private readonly int _abstractOffset;
    private readonly int _abstractLength;
    private string? _abstract;

    internal SyntheticPaper(
        string title,
        TextSlice abstractText,
        DateOnly? publishedOn,
        int? authorCount,
        string? organizationHandle,
        string? organizationName,
        int? commentCount,
        IReadOnlyList<SyntheticSource> sources)
    {
        Title = title;
        (_fileText, _abstractOffset, _abstractLength) = (abstractText.Text, abstractText.Offset, abstractText.Length);
        PublishedOn = publishedOn;
        AuthorCount = authorCount;
        OrganizationHandle = organizationHandle;
        OrganizationName = organizationName;
        CommentCount = commentCount;
        Sources = sources;
    }

    /// <summary>The title line, exactly as written in every file.</summary>
    public string Title { get; }

    /// <summary>The abstract line, exactly as written in every file (materialised on first use, then kept).</summary>
    public string Abstract => _abstract ??= _fileText.Substring(_abstractOffset, _abstractLength);

    /// <summary>The abstract as a slice of the file text, without allocating.</summary>
    public ReadOnlyMemory<char> AbstractMemory => _fileText.AsMemory(_abstractOffset, _abstractLength);

    /// <summary>The full publication date (year-less dates resolved); null when no source has a meta block.</summary>
    public DateOnly? PublishedOn { get; }

    /// <summary>The author count; null for an organisation paper or when no source has a meta block.</summary>
    public int? AuthorCount { get; }

    /// <summary>The organisation's handle (first token of the organisation line), or null.</summary>
    public string? OrganizationHandle { get; }

    /// <summary>The organisation's display name (rest of the organisation line), or null.</summary>
    public string? OrganizationName { get; }

    /// <summary>The comment count shown; 0 when the meta block shows none; null when no source has a meta block.</summary>
    public int? CommentCount { get; }

    /// <summary>Every place the paper appears, in file-name order.</summary>
    public IReadOnlyList<SyntheticSource> Sources { get; }

    /// <summary>The arXiv id, which Hub JSON sources carry and the catalogue then uses as the paper's id; null in text copies.</summary>
    public string? ArxivId { get; internal init; }

    /// <summary>The upvote count, which Hub JSON sources carry; null in text copies.</summary>
    public int? Upvotes { get; internal init; }

    /// <summary>The title.</summary>
    /// <returns><see cref="Title"/>.</returns>
    public override string ToString() => Title;
}

/// <summary>A range of a string, kept without copying it.</summary>
internal readonly record struct TextSlice(string Text, int Offset, int Length);

/// <summary>A generated corpus: the files and the papers they hold.</summary>
public sealed class SyntheticCorpus
{
    internal SyntheticCorpus(SyntheticCorpusOptions options, IReadOnlyList<SyntheticFile> files, IReadOnlyList<SyntheticPaper> papers, long totalBytes)
    {
        Options = options;
        Files = files;
        Papers = papers;
        TotalBytes = totalBytes;
    }

    /// <summary>The options the corpus was generated from.</summary>
    public SyntheticCorpusOptions Options { get; }

    /// <summary>The files, in file-name order.</summary>
    public IReadOnlyList<SyntheticFile> Files { get; }

    /// <summary>One entry per distinct paper, in generation order.</summary>
    public IReadOnlyList<SyntheticPaper> Papers { get; }

    /// <summary>The UTF-8 size of all files together, in bytes.</summary>
    public long TotalBytes { get; }

    /// <summary>Writes every file into <paramref name="directory"/> (created if missing) as UTF-8 without a byte-order mark.</summary>
    /// <param name="directory">The target directory; existing files of the same names are overwritten.</param>
    /// <returns>The full paths of the written files, in file-name order.</returns>
    public IReadOnlyList<string> WriteTo(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory.CreateDirectory(directory);
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        var paths = new List<string>(Files.Count);
        foreach (var file in Files)
        {
            var path = Path.GetFullPath(Path.Combine(directory, file.FileName));
            File.WriteAllText(path, file.Text, encoding);
            paths.Add(path);
        }

        return paths;
    }
}
