using System.Linq;
using CsCheck;
using PaperDataset.Robustness.Tests.Infrastructure;
using PaperDataset.Sources.Model;
using PaperDataset.Sources.Reading.HubJson;
using PaperDataset.Sources.Text;
using PaperDataset.Storage;
using Shouldly;
using Xunit;

namespace PaperDataset.Robustness.Tests.Properties;

/// <summary>
/// The scans that look at every character of a file or a stored string quickly give what the plain definitions give:
/// <see cref="TextLocator"/> the line and column <see cref="TextLines.LineSpans"/> puts an offset at, and
/// <see cref="Surrogates"/> the first surrogate a character-by-character look finds, on either side of every vector width.
/// The locator and the line spans share one line-break rule (<see cref="TextLines.LineAt"/>), which TextLinesTests pins
/// down case by case; what is checked here is the locator's walk: forward from the last offset, again from the start
/// when asked for an earlier one, and the column and length at line ends.
/// </summary>
public class TextScanPropertyTests
{
    private static readonly Gen<string> LineText = Gen.Frequency(
            (6, Gen.Const('a')), (2, Gen.Const('\n')), (2, Gen.Const('\r')), (1, Gen.Const('\uFEFF')), (1, Gen.Const(' ')))
        .Array[0, 60].Select(chars => new string(chars));

    [Fact]
    public void The_locator_puts_every_offset_on_the_line_and_column_the_line_spans_give()
    {
        // Offsets in order, as the readers ask, or in any order, which starts the walk again.
        var gen = from text in LineText
                  from picks in Gen.Int[0, 60].Array[1, 12]
                  from inOrder in Gen.Bool
                  let offsets = picks.Select(pick => pick % (text.Length + 1))
                  select (text, (inOrder ? offsets.OrderBy(offset => offset) : offsets).ToArray());

        Property.Check("text-locator", gen, 3000, input =>
        {
            var (text, offsets) = input;
            var locator = new TextLocator(text);
            foreach (var offset in offsets)
            {
                locator.At(offset).ShouldBe(Expected(text, offset), $"offset {offset}");
            }
        }, input => $"text \"{Escape(input.Item1)}\", offsets {string.Join(", ", input.Item2)}");
    }

    [Fact]
    public void The_first_surrogate_is_found_wherever_it_lies()
    {
        var gen = Gen.Frequency(
                (30, Gen.Char['a', 'z']), (1, Gen.Char['\uD800', '\uDFFF']), (1, Gen.OneOf('\uD7FF', '\uE000', '\uFFFF', '\u0000')))
            .Array[0, 80];

        Property.Check("surrogates-first", gen, 3000, chars =>
        {
            var expected = System.Array.FindIndex(chars, char.IsSurrogate);
            Surrogates.IndexOfFirst(chars).ShouldBe(expected);
        }, chars => Escape(new string(chars)));
    }

    private static TextPosition Expected(string text, int offset)
    {
        var line = TextLines.LineSpans(text).Select((span, index) => (span.Start, span.Length, Index: index)).LastOrDefault(span => span.Start <= offset, (Start: 0, Length: 0, Index: -1));
        if (line.Index < 0)
        {
            return new TextPosition(0, offset, 0, 0, 0);
        }

        var column = offset - line.Start;
        var length = column < line.Length ? 1 : 0;
        return new TextPosition(line.Index, offset, length, column, column + length);
    }

    private static string Escape(string text) => string.Concat(text.Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}"));
}
