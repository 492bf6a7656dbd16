using System;
using PaperDataset.Sources.Model;
using PaperDataset.Sources.Reading.HubJson;

namespace PaperDataset.Sources.Reading;

/// <summary>
/// The reference decoder of <see cref="TextSlice"/>s: what the string at a slice of a file's text is. Whatever decodes a
/// slice at run time must give the same string; the tests hold the readers' titles and abstracts to this.
/// </summary>
internal static class SliceDecoder
{
    public static string Decode(string fileText, TextSlice slice) => slice.Encoding switch
    {
        SliceEncoding.Verbatim => fileText.Substring(slice.Start, slice.Length),
        SliceEncoding.JsonString => PaperJsonText.CollapseWhiteSpace(PaperJsonText.Unescape(fileText, slice.Start, slice.Length)),
        _ => throw new ArgumentOutOfRangeException(nameof(slice), slice.Encoding, "unknown slice encoding"),
    };
}
