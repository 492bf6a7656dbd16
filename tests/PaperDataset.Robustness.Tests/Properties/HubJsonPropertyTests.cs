using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using PaperDataset.Robustness.Tests.Infrastructure;
using PaperDataset.Sources.Model;
using PaperDataset.Sources.Reading;
using Shouldly;
using Xunit;

namespace PaperDataset.Robustness.Tests.Properties;

/// <summary>
/// The Hub JSON and HTML readers never throw, whatever the text, and every title and abstract survives JSON escaping
/// exactly: the entry holds it white-space-collapsed.
/// </summary>
public partial class HubJsonPropertyTests
{
    /// <summary>Characters that break naive JSON, C# or HTML handling, and white space of every kind the collapse must see.</summary>
    private static readonly Gen<char> HostileChar = Gen.Frequency(
        (6, Gen.Char['a', 'z']),
        (3, Gen.OneOf(' ', '\n', '\r', '\t', '\u00A0', '\u2028', '\u0085', '\u3000', '\v', '\f')),
        (3, Gen.OneOf('"', '\\', '/', '*', '\u202E', '\u0000', '\uD800', '\uDFFF', '\uFEFF', '&', '<', '>', '\'', '{', '[', ']', '}', 'é', '\u0001', '\u001F')),
        (2, Gen.Char));

    private static readonly Gen<string> HostileString = Gen.Frequency(
        (8, HostileChar.Array[1, 40].Select(chars => new string(chars))),
        (1, Gen.OneOf("\"\"\"", "*/", "/*", "\\u0041", "&quot;", "</div>", "#if X", "\uD83D\uDE00", "\uDE00\uD83D")));

    /// <summary>A paper whose title and abstract are hostile (each with a letter, so it is never blank), escaped by a random choice per character.</summary>
    private static readonly Gen<(string Title, string Abstract, string Json)> HostilePaper = PapersOf(HostileString, Gen.Int.Array[80, 80]);

    /// <summary>
    /// Prose: long runs of letters and single spaces, which the reader copies a vector at a time, broken now and then by a
    /// double space or a hostile character at any place in a vector, and mostly written without escapes.
    /// </summary>
    private static readonly Gen<(string Title, string Abstract, string Json)> ProsePaper = PapersOf(
        Gen.Frequency((40, Gen.Char['a', 'z']), (8, Gen.Const(' ')), (1, HostileChar)).Array[1, 300].Select(chars => new string(chars)),
        Gen.Frequency((12, Gen.Const(0)), (1, Gen.Int)).Array[80, 80]);

    private static readonly Gen<string> MangledJson =
        from paper in HostilePaper
        from cuts in Gen.Select(Gen.Int[0, 200], Gen.Int[0, 4], Gen.Char).Array[0, 4]
        select cuts.Aggregate(paper.Json, (json, cut) => Mangle(json, cut.Item1 % (json.Length + 1), cut.Item2, cut.Item3));

    [Fact]
    public void Reading_any_text_as_JSON_or_HTML_never_throws_and_reports_in_the_file()
    {
        var gen = Gen.Select(Gen.Frequency((3, MangledJson), (2, TextGen.Any)), Gen.OneOf(SourceFormat.HubJson, SourceFormat.HubHtml, SourceFormat.Auto));

        Property.Check("hub/never-throws", gen, 3000, input =>
        {
            var (text, format) = input;
            var read = SourceReader.Read(new SourceDocument("/s/f.json", text, null, format), TestContext.Current.CancellationToken);

            foreach (var diagnostic in read.Diagnostics)
            {
                Pipeline.KnownIds.ShouldContain(diagnostic.Id);
                (diagnostic.Position.Start + diagnostic.Position.Length).ShouldBeLessThanOrEqualTo(text.Length);
                diagnostic.MessageArgs.ShouldAllBe(argument => argument.Length <= 600);
            }
        }, input => input.Item2 + ": " + input.Item1);
    }

    [Fact]
    public void Hostile_titles_round_trip_through_JSON_escapes()
    {
        Property.Check("hub/round-trip-json", HostilePaper, 2000, paper =>
        {
            var read = SourceReader.Read(new SourceDocument("/s/f.json", paper.Json, null), TestContext.Current.CancellationToken);

            read.Diagnostics.ShouldBeEmpty();
            var entry = read.Entries.ShouldHaveSingleItem();
            entry.Title.ShouldBe(Collapsed(paper.Title));
            entry.Abstract.ShouldBe(Collapsed(paper.Abstract));
        }, paper => paper.Json);
    }

    [Fact]
    public void Prose_titles_round_trip_through_JSON_escapes()
    {
        Property.Check("hub/round-trip-prose", ProsePaper, 1000, paper =>
        {
            var entry = SourceReader.Read(new SourceDocument("/s/f.json", paper.Json, null), TestContext.Current.CancellationToken).Entries.ShouldHaveSingleItem();

            entry.Title.ShouldBe(Collapsed(paper.Title));
            entry.Abstract.ShouldBe(Collapsed(paper.Abstract));
        }, paper => paper.Json);
    }

    [Fact]
    public void A_time_stamp_in_the_Hubs_shape_gives_the_date_the_general_parser_gives()
    {
        // Every field one past its range too, so that impossible dates and times are among them.
        var stamps =
            from year in Gen.Int[0, 9999]
            from month in Gen.Int[0, 13]
            from day in Gen.Int[0, 32]
            from time in Gen.Select(Gen.Int[0, 24], Gen.Int[0, 60], Gen.Int[0, 60])
            from fraction in Gen.Int[0, 999]
            select string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}-{day:00}T{time.Item1:00}:{time.Item2:00}:{time.Item3:00}.{fraction:000}Z");

        Property.Check("hub/time-stamps", stamps, 3000, stamp =>
        {
            var json = "{\"id\":\"2403.12345\",\"title\":\"T\",\"summary\":\"S\",\"publishedAt\":\"" + stamp + "\"}";
            var entry = SourceReader.Read(new SourceDocument("/s/f.json", json, null), TestContext.Current.CancellationToken).Entries.ShouldHaveSingleItem();

            var parsed = DateTimeOffset.TryParseExact(
                stamp, ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
                ? new CalendarDate(time.UtcDateTime.Year, time.UtcDateTime.Month, time.UtcDateTime.Day)
                : (CalendarDate?)null;
            entry.PublishedOn.ShouldBe(parsed);
        });
    }

    [Fact]
    public void Hostile_titles_round_trip_through_a_saved_page()
    {
        Property.Check("hub/round-trip-html", HostilePaper, 500, paper =>
        {
            var props = "{\"dailyPapers\":[" + (paper.Json.StartsWith('[') ? paper.Json[1..^1] : paper.Json) + "]}";
            var html = "<!DOCTYPE html>\n<div data-target=\"DailyPapers\" data-props=\"" + AttributeEncoded(props) + "\"></div>";

            var entry = SourceReader.Read(new SourceDocument("/s/p.html", html, null), TestContext.Current.CancellationToken).Entries.ShouldHaveSingleItem();

            entry.Title.ShouldBe(Collapsed(paper.Title));
            entry.Abstract.ShouldBe(Collapsed(paper.Abstract));
        }, paper => paper.Json);
    }

    private static Gen<(string Title, string Abstract, string Json)> PapersOf(Gen<string> text, Gen<int[]> escapes) =>
        from title in text
        from @abstract in text
        from choices in escapes
        from wrapped in Gen.Bool
        let paper = "{\"id\":\"2403.12345\",\"title\":\"" + Escape(title + "x", choices) + "\",\"summary\":\"" + Escape("y" + @abstract, choices) + "\"}"
        select (title + "x", "y" + @abstract, wrapped ? "[ {\"paper\": " + paper + ", \"numComments\": 1} ]" : paper);

    /// <summary>JSON string content for <paramref name="value"/>: characters JSON forbids raw are always escaped, others at random.</summary>
    private static string Escape(string value, int[] choices)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var choice = choices[i % choices.Length] & 3;
            var mustEscape = c is '"' or '\\' || c < ' ';
            if (!mustEscape && choice < 2)
            {
                builder.Append(c);
            }
            else if (choice == 2 && Short(c) is { } shortEscape)
            {
                builder.Append('\\').Append(shortEscape);
            }
            else
            {
                builder.Append(choice == 3 ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    private static char? Short(char c) => c switch
    {
        '"' => '"',
        '\\' => '\\',
        '/' => '/',
        '\b' => 'b',
        '\f' => 'f',
        '\n' => 'n',
        '\r' => 'r',
        '\t' => 't',
        _ => null,
    };

    private static string Mangle(string json, int at, int how, char c) => how switch
    {
        0 => json.Substring(0, at),
        1 => json.Insert(at, c.ToString()),
        2 => at < json.Length ? json.Remove(at, 1) : json,
        3 => json.Insert(at, new string('[', 70)),
        _ => json.Insert(at, "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture)),
    };

    /// <summary>The entities a server writes in a double-quoted attribute, hex and decimal mixed; everything else stays as it is.</summary>
    private static string AttributeEncoded(string value) =>
        value.Replace("&", "&amp;").Replace("\"", "&quot;").Replace("<", "&#60;").Replace(">", "&#x3E;").Replace("'", "&#39;");

    private static string Collapsed(string text) => WhiteSpace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
