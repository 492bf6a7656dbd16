using PaperDataset.Sources.Model;

namespace PaperDataset.Generator.Model;

/// <summary>
/// Build properties that shape the emitted code. <c>EmitHandles</c> says whether to emit <c>Known</c>; null (auto)
/// emits it up to <see cref="HandleLimit"/> papers. <c>StorageResource</c> names the manifest resource the build task
/// writes the storage to; null when no task runs, and the storage is compiled into literals.
/// </summary>
internal sealed record CatalogueOptions(string Namespace, string ClassName, bool EmitModel, bool? EmitHandles, string? StorageResource = null)
{
    public const string DefaultNamespace = "PaperDataset.Generated";
    public const string DefaultClassName = "Papers";

    /// <summary>
    /// Above this many papers, <c>Known</c> is left out unless asked for: one documented property per paper is most of the
    /// generated source at scale, and the IDE re-binds it on every edit.
    /// </summary>
    public const int HandleLimit = 5000;

    public bool ShouldEmitHandles(int paperCount) => EmitHandles ?? paperCount <= HandleLimit;
}

/// <summary>
/// One merged paper as the catalogue's code shows it: its handle, the keys the key analyzer checks, and what the handle's
/// documentation quotes. Its fields are in the storage (<see cref="CatalogueSpec.Storage"/>).
/// </summary>
internal sealed record PaperSpec(string Id, string HandleName, string Title, string Abstract, CalendarDate? PublishedOn, string? ArxivId);

/// <summary>
/// Everything the emitter needs: the papers, ordered by <see cref="PaperSpec.Id"/> (ordinal); the merged catalogue the
/// storage is laid out from; and the fingerprint of the sources, which ties the code to the storage resource.
/// </summary>
internal sealed record CatalogueSpec(CatalogueOptions Options, EquatableArray<PaperSpec> Papers, MergedCatalogue Storage, ulong Fingerprint)
{
    /// <summary>The number of source files.</summary>
    public int FileCount => Storage.Files.Count;
}
