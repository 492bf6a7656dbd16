namespace PaperDataset.Analyzers;

/// <summary>
/// What a key diagnostic tells its code fix, in <c>Diagnostic.Properties</c>: how to rewrite, and with what. The node to
/// rewrite is the diagnostic's first additional location (for <see cref="Literal"/>, its own location: the string).
/// </summary>
internal static class KeyFix
{
    /// <summary>Property: one of <see cref="Paper"/>, <see cref="Id"/> or <see cref="Literal"/>; absent when there is no fix.</summary>
    public const string Rewrite = "Rewrite";

    /// <summary>Property: the handle's name in the catalogue's <c>Known</c> class.</summary>
    public const string Handle = "Handle";

    /// <summary>Property: the catalogue class's full name, e.g. <c>PaperDataset.Papers</c>.</summary>
    public const string Catalogue = "Catalogue";

    /// <summary>Property: the key to write instead of the string (a near miss's closest key).</summary>
    public const string Key = "Key";

    /// <summary>Rewrite the node (a lookup that returns the paper) to <c>Papers.Known.X</c>.</summary>
    public const string Paper = "Paper";

    /// <summary>Rewrite the node (a <c>new PaperId(…)</c>) to <c>Papers.Known.X.Id</c>.</summary>
    public const string Id = "Id";

    /// <summary>Rewrite the string literal to the literal of <see cref="Key"/>.</summary>
    public const string Literal = "Literal";
}
