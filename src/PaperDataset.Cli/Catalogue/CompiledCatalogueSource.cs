using System.Threading;
using System.Threading.Tasks;

namespace PaperDataset.Cli.Catalogue;

/// <summary>The catalogue compiled into PaperDataset.dll: the generator reported its diagnostics at build time.</summary>
internal sealed class CompiledCatalogueSource : ICatalogueSource
{
    public Task<CatalogueSnapshot> LoadAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(new CatalogueSnapshot(Papers.All, []));
    }
}
