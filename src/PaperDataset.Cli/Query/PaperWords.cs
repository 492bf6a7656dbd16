using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace PaperDataset.Cli.Query;

/// <summary>A paper's title and abstract split into words, computed once per paper.</summary>
internal sealed class PaperWords
{
    private static readonly ConditionalWeakTable<Paper, PaperWords> Cache = new();

    private PaperWords(Paper paper)
    {
        Title = WordTokenizer.Words(paper.Title);
        Abstract = WordTokenizer.Words(paper.Abstract);
    }

    public IReadOnlyList<string> Title { get; }

    public IReadOnlyList<string> Abstract { get; }

    public static PaperWords Of(Paper paper) => Cache.GetValue(paper, static p => new PaperWords(p));

    /// <summary>The fields a search looks in, title first.</summary>
    public IEnumerable<(IReadOnlyList<string> Words, bool IsTitle)> In(SearchField field)
    {
        if (field != SearchField.Abstract)
        {
            yield return (Title, true);
        }

        if (field != SearchField.Title)
        {
            yield return (Abstract, false);
        }
    }
}
