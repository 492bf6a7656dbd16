using System.Collections.Generic;

namespace PaperDataset.Cli.Catalogue;

/// <summary>What a lookup found: one paper, several candidates an abbreviation fits, or nothing.</summary>
/// <param name="Paper">The paper, when exactly one fits.</param>
/// <param name="Candidates">Every paper whose id starts with the text, when more than one does (in id order).</param>
internal sealed record LookupResult(Paper? Paper, IReadOnlyList<Paper> Candidates)
{
    public static readonly LookupResult None = new(null, []);

    public bool IsAmbiguous => Candidates.Count > 1;
}
