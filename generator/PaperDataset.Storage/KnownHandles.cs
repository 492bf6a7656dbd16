namespace PaperDataset.Storage;

/// <summary>
/// What the <c>Known</c> handles show, shared by the generator (which emits them) and the build task (which writes the
/// text they quote into the catalogue summary): whether a catalogue has them, and how much of an abstract their
/// documentation quotes.
/// </summary>
internal static class KnownHandles
{
    /// <summary>
    /// Above this many papers, <c>Known</c> is left out unless asked for: one documented property per paper is most of the
    /// generated source at scale, and the IDE re-binds it on every edit.
    /// </summary>
    public const int Limit = 5000;

    /// <summary>How many characters of a title a handle's documentation quotes.</summary>
    public const int DocTitleLength = 200;

    /// <summary>How many characters of an abstract a handle's documentation quotes.</summary>
    public const int DocAbstractLength = 240;

    /// <summary>
    /// The build's <c>PaperDatasetEmitHandles</c> as the rule takes it: true or false, else null (auto) — for <c>auto</c>,
    /// no value, or a value the generator reports as PDS011. The generator and the build task both read it here.
    /// </summary>
    public static bool? Setting(string? value) => bool.TryParse(value?.Trim(), out var emit) ? emit : null;

    /// <param name="emitHandles">The build's <c>PaperDatasetEmitHandles</c> (<see cref="Setting"/>): null for auto.</param>
    /// <param name="paperCount">The catalogue's papers.</param>
    public static bool ShouldEmit(bool? emitHandles, int paperCount) => emitHandles ?? paperCount <= Limit;

    /// <summary>
    /// The start of an abstract that the documentation quotes, one character longer than it shows: enough to tell that
    /// it was cut, and to keep a surrogate pair at the edge whole.
    /// </summary>
    public static string AbstractExcerpt(string text) => text.Length > DocAbstractLength + 1 ? text.Substring(0, DocAbstractLength + 1) : text;
}
