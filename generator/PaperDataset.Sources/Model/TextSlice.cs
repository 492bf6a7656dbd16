namespace PaperDataset.Sources.Model;

/// <summary>How the characters of a <see cref="TextSlice"/> stand in the file.</summary>
internal enum SliceEncoding
{
    /// <summary>The file holds the string exactly as it is.</summary>
    Verbatim,

    /// <summary>
    /// The slice is the content of a JSON string token (between its quotes): decode the JSON escapes, then collapse every
    /// run of white space to one space and trim (the one definition: the template <c>PaperJsonText.DecodeString</c>).
    /// </summary>
    JsonString,
}

/// <summary>
/// Where a string of an entry lies in its document's text (UTF-16 positions) and how it is written there, so that the
/// build can point into the embedded file instead of compiling the string, without searching the file again.
/// </summary>
internal readonly record struct TextSlice(int Start, int Length, SliceEncoding Encoding = SliceEncoding.Verbatim)
{
    public int End => Start + Length;
}
