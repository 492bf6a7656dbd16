using System.IO;
using System.Linq;
using System.Text;
using PaperDataset.Build;
using Shouldly;
using Xunit;

namespace PaperDataset.Generator.Tests.Generator;

/// <summary>
/// The build task reads a source file as the C# compiler reads an additional file, or its storage would not be the
/// storage of the catalogue the generator saw: the byte-order mark's encoding, else UTF-8 with U+FFFD for a byte that is not
/// UTF-8, and no mark in the text. (The packed-feed GeneratorConsumer builds such a byte through the real compiler and task.)
/// </summary>
public class CompilerTextTests
{
    private const string Text = "Naïve café — 注意力 😀\r\nline two";

    [Theory]
    [InlineData("utf-8 with its mark")]
    [InlineData("utf-8")]
    [InlineData("utf-16 little-endian with its mark")]
    [InlineData("utf-16 big-endian with its mark")]
    public void A_file_with_a_mark_or_in_UTF8_reads_as_its_text_without_the_mark(string encoding)
    {
        var bytes = encoding switch
        {
            "utf-8 with its mark" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Text)],
            "utf-8" => Encoding.UTF8.GetBytes(Text),
            "utf-16 little-endian with its mark" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Text)],
            _ => Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(Text)).ToArray(),
        };

        Read(bytes).ShouldBe(Text);
    }

    [Fact]
    public void A_byte_that_is_not_UTF8_reads_as_the_replacement_character_as_the_compiler_reads_it()
    {
        // 0xE9 (é in Windows-1252) starts no valid UTF-8 sequence here, nor does 0x95 or 0x80.
        Read([(byte)'c', (byte)'a', (byte)'f', 0xE9, (byte)' ', 0x95, (byte)' ', 0x80]).ShouldBe("caf\uFFFD \uFFFD \uFFFD");
    }

    private static string Read(byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), "paperdataset-compilertext-" + System.Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllBytes(path, bytes);
        try
        {
            return CompilerText.Read(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
