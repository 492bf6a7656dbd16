using PaperDataset.Sources.Model;
using PaperDataset.Storage;

namespace PaperDataset.Generator.Model;

/// <summary>
/// Build properties that shape the emitted code. <c>EmitHandles</c> says whether to emit <c>Known</c>; null (auto)
/// emits it up to <see cref="KnownHandles.Limit"/> papers. <c>StorageResource</c> names the manifest resource the build task
/// writes the storage to; null when no task runs, and the storage is compiled into literals.
/// </summary>
internal sealed record CatalogueOptions(string Namespace, string ClassName, bool EmitModel, bool? EmitHandles, string? StorageResource = null)
{
    public const string DefaultNamespace = "PaperDataset.Generated";
    public const string DefaultClassName = "Papers";

    public bool ShouldEmitHandles(int paperCount) => KnownHandles.ShouldEmit(EmitHandles, paperCount);
}

/// <summary>
/// One merged paper as the catalogue's code shows it: its handle, the keys the key analyzer checks, and what the handle's
/// documentation quotes (<see cref="KnownHandles.AbstractExcerpt"/>). Without handles, the name is null and the excerpt
/// empty. Its fields are in the storage.
/// </summary>
internal sealed record PaperSpec(string Id, string? HandleName, string Title, string AbstractExcerpt, CalendarDate? PublishedOn, string? ArxivId);

/// <summary>
/// Everything the emitter needs: the papers, ordered by <see cref="PaperSpec.Id"/> (ordinal); the number of source files;
/// and either the merged catalogue to lay out as literals (<see cref="Literals"/>) or, where the build task writes the
/// storage to a resource, the fingerprint that ties the code to it.
/// </summary>
internal sealed record CatalogueSpec(CatalogueOptions Options, EquatableArray<PaperSpec> Papers, int FileCount, MergedCatalogue? Literals, ulong Fingerprint);
