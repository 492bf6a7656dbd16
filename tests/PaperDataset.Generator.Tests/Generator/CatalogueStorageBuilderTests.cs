using System.IO;
using System.Linq;
using System.Threading;
using PaperDataset.Sources.Model;
using PaperDataset.Storage;
using Shouldly;
using Xunit;

namespace PaperDataset.Generator.Tests.Generator;

/// <summary>
/// The build task reads its files several at a time; what it reports must not depend on which read finished first.
/// </summary>
public class CatalogueStorageBuilderTests
{
    [Fact]
    public void Of_two_files_that_cannot_be_read_the_first_in_the_sources_order_is_reported_even_when_it_fails_last()
    {
        using var laterFailed = new ManualResetEventSlim();
        var sources = Enumerable.Range(0, 40).Select(index => new StorageSource($"/papers/{index:D2}.txt", null, SourceFormat.Auto, () =>
        {
            switch (index)
            {
                case 7:
                    // Fails only once the later file has failed (or after a while, should the two never overlap).
                    laterFailed.Wait(millisecondsTimeout: 2000);
                    throw new IOException("07.txt is locked");
                case 30:
                    laterFailed.Set();
                    throw new IOException("30.txt is locked");
                default:
                    return string.Empty;
            }
        })).ToList();

        Should.Throw<IOException>(() => CatalogueStorageBuilder.Build(sources)).Message.ShouldBe("07.txt is locked");
    }
}
