namespace PaperDataset.Sources.Model;

/// <summary>How the characters of a <see cref="TextSlice"/> stand in the file; <see cref="Reading.SliceDecoder"/> is the reference decoder.</summary>
internal enum SliceEncoding
{
    /// <summary>The file holds the string exactly as it is.</summary>
    Verbatim,

    /// <summary>
    /// The content of a JSON string token, between its quotes, as the file writes it. To get the string back, the run-time
    /// decoder must, in this order: (1) replace each escape: <c>\"</c> <c>\\</c> <c>\/</c> <c>\b</c> <c>\f</c> <c>\n</c>
    /// <c>\r</c> <c>\t</c> by its character, and <c>\uXXXX</c> (four hex digits, either case) by that one UTF-16 code unit,
    /// even a lone surrogate; no other escape occurs (the reader validated the token); (2) collapse every run of white
    /// space (<c>char.IsWhiteSpace</c>) into one U+0020 and remove it at both ends. The embedded file holds the slice as
    /// UTF-8, so the decoder works on the decoded UTF-16 text of those bytes.
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
