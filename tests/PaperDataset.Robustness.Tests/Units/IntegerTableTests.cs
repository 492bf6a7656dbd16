using System;
using System.Linq;
using System.Text;
using CsCheck;
using PaperDataset.Generator.Emitting;
using PaperDataset.Storage;
using PaperDataset.Robustness.Tests.Infrastructure;
using Shouldly;
using Xunit;
using static PaperDataset.PaperStorageLayout;

namespace PaperDataset.Robustness.Tests.Units;

/// <summary>
/// The emitter writes integer tables (<see cref="IntegerTable"/>) and the loader reads them with
/// <see cref="PaperStorageLayout"/>: every value must come back, from whichever chunk holds its row, and every chunk must
/// be a u8 literal body that needs no escape.
/// </summary>
public class IntegerTableTests
{
    private static readonly Gen<int> Values = Gen.Frequency(
        (4, Gen.Int[-3, 300]),
        (2, Gen.Int[-1_000_000, 30_000_000]),
        (1, Gen.OneOf(int.MinValue, int.MaxValue, int.MinValue + 1, int.MaxValue - 1, 0, -1)),
        (1, Gen.Int));

    [Fact]
    public void Every_value_reads_back_as_written()
    {
        var table = from columns in Gen.Int[1, 20]
                    from rows in Values.Array[columns].Array[0, 40]
                    select (columns, rows);
        Property.Check(nameof(Every_value_reads_back_as_written), table, 2_000, sample => ReadBack(sample.rows, sample.columns));
    }

    [Fact]
    public void A_table_larger_than_a_chunk_is_split_between_whole_rows_and_reads_back()
    {
        // Columns of 3, 3 and 4 digits and one of 1: 95,324 rows to a 1 MiB chunk, so 250,000 rows take three chunks.
        var rows = Enumerable.Range(0, 250_000).Select(row => new[] { row, -row, row * 97, row % 40 }).ToArray();

        var chunks = IntegerTable.Chunks(rows, 4);

        chunks.Count.ShouldBe(3);
        chunks.ShouldAllBe(chunk => Encoding.UTF8.GetByteCount(chunk) <= ChunkLimit && (chunk.Length - 4) % 11 == 0);
        ReadBack(rows, 4);
    }

    [Fact]
    public void An_empty_table_is_one_chunk_of_no_rows()
    {
        var chunk = IntegerTable.Chunks([], 4).ShouldHaveSingleItem();

        RowsIn(Encoding.ASCII.GetBytes(chunk), 4).ShouldBe(0);
    }

    [Fact]
    public void Digits_are_printable_ascii_without_quote_or_backslash_and_read_back()
    {
        var digits = Enumerable.Range(0, DigitBase).Select(DigitChar).ToArray();

        digits.Distinct().Count().ShouldBe(DigitBase);
        digits.ShouldAllBe(c => c >= ' ' && c <= '~' && c != '"' && c != '\\');
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(1000)]
    public void A_chunk_written_as_a_string_constant_gives_back_its_bytes(int rows)
    {
        var chunk = IntegerTable.Chunks(Enumerable.Range(0, rows).Select(row => new[] { row * 7919, -row }).ToArray(), 2)[0];

        var expression = TableLiterals.StringConstantBytes(chunk);

        var literal = System.Text.RegularExpressions.Regex.Match(expression, "AsSpan\\(\"((?:\\\\u[0-9A-F]{4})*)\"\\)\\)\\.Slice\\(0, ([0-9]+)\\)$");
        literal.Success.ShouldBeTrue(expression);
        var units = System.Text.RegularExpressions.Regex.Unescape(literal.Groups[1].Value);
        units.ShouldAllBe(unit => !char.IsSurrogate(unit));
        var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(units.AsSpan()).Slice(0, int.Parse(literal.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        bytes.ToArray().ShouldBe(Encoding.ASCII.GetBytes(chunk));
    }

    private static void ReadBack(int[][] rows, int columns)
    {
        var chunks = IntegerTable.Chunks(rows, columns).Select(Encoding.ASCII.GetBytes).ToArray();
        chunks.SelectMany(chunk => chunk).ShouldAllBe(b => b >= ' ' && b <= '~' && b != '"' && b != '\\');
        chunks.Sum(chunk => RowsIn(chunk, columns)).ShouldBe(rows.Length);
        var rowWidth = RowWidth(chunks[0], columns);
        var rowsPerChunk = RowsPerChunk(rowWidth, columns);
        for (var row = 0; row < rows.Length; row++)
        {
            for (var column = 0; column < columns; column++)
            {
                Cell(chunks[row / rowsPerChunk], columns, rowWidth, row % rowsPerChunk, column).ShouldBe(rows[row][column]);
            }
        }
    }
}
