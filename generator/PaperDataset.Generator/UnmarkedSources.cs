using System;
using System.Collections.Immutable;
using System.Linq;
using PaperDataset.Sources.Diagnostics;
using PaperDataset.Sources.Model;

namespace PaperDataset.Generator;

/// <summary>An AdditionalFiles item as the PDS022 check sees it: its path and whether it carries <c>PaperDatasetScrape="true"</c>.</summary>
internal readonly record struct AdditionalFileMark(string Path, bool IsScrape);

/// <summary>
/// PDS022: the generator is referenced, but no AdditionalFiles item is marked for it, so the user's code meets only a
/// compiler error about a missing type. The diagnostic shows the line to add, for the files that look like sources (by
/// extension: the check reads no file, so it costs nothing in a project that has many).
/// </summary>
internal static class UnmarkedSources
{
    private const int NamedFiles = 5;

    public static EquatableArray<DiagnosticInfo> Check(ImmutableArray<AdditionalFileMark> files, string? projectDirectory)
    {
        if (files.Any(file => file.IsScrape))
        {
            return EquatableArray<DiagnosticInfo>.Empty;
        }

        var candidates = files
            .Where(file => SourceFormatNames.HasSourceExtension(file.Path))
            .Select(file => Relative(file.Path, projectDirectory))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToList();
        var named = candidates.Count == 0
            ? string.Empty
            : " (AdditionalFiles that look like papers sources: " + string.Join(", ", candidates.Take(NamedFiles))
                + (candidates.Count > NamedFiles ? $" and {candidates.Count - NamedFiles} more" : string.Empty) + ")";
        var include = candidates.Count == 0 ? "papers/*.json" : IncludeFor(candidates);
        return new[] { DiagnosticInfo.Create(KnownDiagnostics.NoScrapeFiles, string.Empty, default, named, include) }.ToEquatableArray();
    }

    /// <summary>One file as it is; several in one folder with one extension as that folder's wildcard; else the first file.</summary>
    private static string IncludeFor(System.Collections.Generic.List<string> candidates)
    {
        var folder = FolderOf(candidates[0]);
        var extension = System.IO.Path.GetExtension(candidates[0]);
        var alike = candidates.All(path => FolderOf(path) == folder && string.Equals(System.IO.Path.GetExtension(path), extension, StringComparison.Ordinal));
        return candidates.Count > 1 && alike ? folder + "*" + extension : candidates[0];
    }

    private static string FolderOf(string path) => path.Substring(0, path.LastIndexOf('/') + 1);

    /// <summary>The path as the project file would write it: relative to the project's folder when inside it, with '/'.</summary>
    private static string Relative(string path, string? projectDirectory)
    {
        var normalised = path.Replace('\\', '/');
        var directory = projectDirectory?.Replace('\\', '/');
        if (directory is { Length: > 0 })
        {
            directory = directory.EndsWith("/", StringComparison.Ordinal) ? directory : directory + "/";
            if (normalised.StartsWith(directory, StringComparison.OrdinalIgnoreCase))
            {
                return normalised.Substring(directory.Length);
            }
        }

        return normalised;
    }
}
