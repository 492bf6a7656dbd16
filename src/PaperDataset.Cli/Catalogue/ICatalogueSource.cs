using System.Threading;
using System.Threading.Tasks;

namespace PaperDataset.Cli.Catalogue;

/// <summary>
/// Where the commands get their papers. Today the compiled catalogue; a source that reads scrape files at run time
/// builds the same <see cref="Paper"/> records in code, so nothing downstream may assume the papers are <see cref="Papers.All"/>.
/// </summary>
internal interface ICatalogueSource
{
    /// <summary>Loads the papers, with whatever the source had to say about its input.</summary>
    Task<CatalogueSnapshot> LoadAsync(CancellationToken cancellationToken);
}
