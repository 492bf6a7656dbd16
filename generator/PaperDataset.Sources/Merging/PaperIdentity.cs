using System;
using System.Collections.Generic;
using PaperDataset.Sources.Model;

namespace PaperDataset.Sources.Merging;

/// <summary>
/// Which entries are the same paper. An arXiv id is an identity: the same id is one paper, two ids are two papers even
/// with equal titles. An entry without an id (a text copy) is the paper whose title it has: it joins the one id-bearing
/// paper with that title, and stays a paper of its own when no id-bearing paper or more than one has it.
/// </summary>
internal static class PaperIdentity
{
    /// <summary>The sightings of each paper, in the order papers are first seen (files in canonical order).</summary>
    public static List<List<Sighting>> Group(List<InputFile> files)
    {
        var groups = new List<List<Sighting>?>();
        var byArxivId = new Dictionary<string, int>(StringComparer.Ordinal);
        var byTitle = new Dictionary<string, int>(PaperTitleComparer.Instance);
        for (var fileIndex = 0; fileIndex < files.Count; fileIndex++)
        {
            var entries = files[fileIndex].Read.Entries;
            for (var entryIndex = 0; entryIndex < entries.Count; entryIndex++)
            {
                var entry = entries[entryIndex];
                var index = entry.ArxivId is { } arxivId ? Find(byArxivId, arxivId, groups) : Find(byTitle, entry.Title, groups);
                groups[index]!.Add(new Sighting(fileIndex, files[fileIndex], entryIndex));
            }
        }

        if (byArxivId.Count > 0 && byTitle.Count > 0)
        {
            JoinTitlesToIds(groups, byArxivId, byTitle);
        }

        var result = new List<List<Sighting>>(groups.Count);
        foreach (var group in groups)
        {
            if (group is not null)
            {
                result.Add(group);
            }
        }

        return result;
    }

    private static int Find(Dictionary<string, int> index, string key, List<List<Sighting>?> groups)
    {
        if (!index.TryGetValue(key, out var found))
        {
            found = groups.Count;
            index.Add(key, found);
            groups.Add([]);
        }

        return found;
    }

    private static void JoinTitlesToIds(List<List<Sighting>?> groups, Dictionary<string, int> byArxivId, Dictionary<string, int> byTitle)
    {
        // Every title an id-bearing paper is seen with, and the papers seen with it.
        var idPapersByTitle = new Dictionary<string, HashSet<int>>(PaperTitleComparer.Instance);
        foreach (var index in byArxivId.Values)
        {
            foreach (var sighting in groups[index]!)
            {
                if (!idPapersByTitle.TryGetValue(sighting.Entry.Title, out var papers))
                {
                    idPapersByTitle.Add(sighting.Entry.Title, papers = []);
                }

                papers.Add(index);
            }
        }

        foreach (var pair in byTitle)
        {
            if (idPapersByTitle.TryGetValue(pair.Key, out var papers) && papers.Count == 1)
            {
                foreach (var target in papers)
                {
                    groups[target]!.AddRange(groups[pair.Value]!);
                }

                groups[pair.Value] = null;
            }
        }
    }
}
