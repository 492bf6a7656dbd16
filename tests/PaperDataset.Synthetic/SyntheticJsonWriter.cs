using System;
using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading.Tasks;

namespace PaperDataset.Synthetic;

/// <summary>
/// Generates synthetic Hub API daily-papers responses (<c>GET /api/daily_papers?date=…</c>): one JSON array of items per
/// day, in the newest shape of the bundled Hub responses (data/hub), with the ground truth a correct reader and merger must recover. The papers
/// (titles, abstracts, organisations, comment counts) are those of <see cref="SyntheticScrapeWriter"/> for the same options,
/// so text and JSON corpora of one seed describe the same papers. Fully deterministic, like the text writer.
/// </summary>
/// <remarks>
/// What makes the JSON path work: some titles keep arXiv's <c>"\n  "</c> line break and some abstracts are wrapped
/// with <c>\n</c> (the reader collapses white space, so these become JSON-string slices decoded at run time); some titles
/// hold straight quotes and abstracts hold backslashes (escapes); some files escape every non-ASCII and HTML-sensitive
/// character as <c>\uXXXX</c>, as the default System.Text.Json encoder and Python's <c>json.dumps</c> do, the others write
/// them as they are; a few files are minified, as the API sends them. Every paper appears in exactly one day's list.
/// </remarks>
public static class SyntheticJsonWriter
{
    private const ulong StreamJsonFiles = 7;
    private const ulong StreamJsonPaper = 8;
    private const double BrokenTitleFraction = 0.15;
    private const double QuotedTitleFraction = 0.03;
    private const double WrappedAbstractFraction = 0.40;
    private const double AsciiOnlyFileFraction = 0.30;
    private const double MinifiedFileFraction = 0.10;
    private const int WrapWidth = 80;

    /// <summary>Items in one day's list in the scale runs: 100,000 papers are 2,000 days.</summary>
    public const int ItemsPerDay = 50;

    /// <summary>The first day listed; file <c>f</c> is the list of the day <c>f</c> days later.</summary>
    public static readonly DateOnly FirstDay = new(2020, 1, 1);

    private static readonly JsonWriterOptions Relaxed = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions AsciiOnly = new() { Indented = true, Encoder = JavaScriptEncoder.Default };
    private static readonly JsonWriterOptions Minified = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Generates <see cref="SyntheticCorpusOptions.PaperCount"/> papers over <see cref="SyntheticCorpusOptions.FileCount"/>
    /// daily files (<c>daily_papers_yyyy-MM-dd.json</c>, consecutive days from <see cref="FirstDay"/>), in contiguous runs of
    /// equal size: 100,000 papers over 2,000 files is 50 items a day. Only the counts and the seed of the options are used.
    /// </summary>
    /// <param name="options">Sizes and seed.</param>
    /// <returns>The files (capture date: the listed day), the ground truth per paper, and the total UTF-8 size.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static SyntheticCorpus Create(SyntheticCorpusOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        // The text writer's papers, every fact shown, each paper once: the content; the layout here is the Hub's.
        var source = SyntheticScrapeWriter.Create(options with
        {
            DuplicateFraction = 0,
            EntryWithoutMetaFraction = 0,
            FileWithoutMetaFraction = 0,
            YearlessDateFraction = 0,
        });
        var root = unchecked((ulong)options.Seed);
        var fileCount = options.FileCount;
        var paperCount = options.PaperCount;
        var files = new SyntheticFile[fileCount];
        var papers = new SyntheticPaper[paperCount];
        var bytes = new long[fileCount];
        Parallel.For(0, fileCount, f =>
        {
            var first = (int)((long)f * paperCount / fileCount);
            var end = (int)((long)(f + 1) * paperCount / fileCount);
            var day = FirstDay.AddDays(f);
            var name = "daily_papers_" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".json";
            var fileRng = new Prng(Prng.Derive(root, StreamJsonFiles, (ulong)f));
            var writerOptions = fileRng.Chance(MinifiedFileFraction) ? Minified : fileRng.Chance(AsciiOnlyFileFraction) ? AsciiOnly : Relaxed;
            var buffer = new ArrayBufferWriter<byte>(Math.Max(1, end - first) * 4096);
            var lines = new LineCounter(buffer, writerOptions.Indented);
            using (var json = new Utf8JsonWriter(buffer, writerOptions))
            {
                json.WriteStartArray();
                for (var p = first; p < end; p++)
                {
                    json.Flush();
                    var line = lines.LineOfNextElement();
                    var item = new Item(source.Papers[p], day, p - first, new Prng(Prng.Derive(root, StreamJsonPaper, (ulong)p)));
                    item.Write(json);
                    papers[p] = item.GroundTruth(new SyntheticSource(name, line, HasMeta: true));
                }

                json.WriteEndArray();
            }

            bytes[f] = buffer.WrittenCount;
            files[f] = new SyntheticFile(name, Encoding.UTF8.GetString(buffer.WrittenSpan), day);
        });

        long totalBytes = 0;
        foreach (var count in bytes)
        {
            totalBytes += count;
        }

        return new SyntheticCorpus(options, files, papers, totalBytes);
    }

    /// <summary>Inserts arXiv's title line break (<c>"\n  "</c>) in place of the first space after the middle.</summary>
    private static string BreakLine(string title)
    {
        var space = title.IndexOf(' ', title.Length / 2);
        return space < 0 ? title : string.Concat(title.AsSpan(0, space), "\n  ", title.AsSpan(space + 1));
    }

    /// <summary>Wraps text as arXiv abstracts are: a line feed instead of the last space before each <see cref="WrapWidth"/> characters.</summary>
    private static string Wrap(string text)
    {
        var chars = text.ToCharArray();
        var lineStart = 0;
        while (chars.Length - lineStart > WrapWidth)
        {
            var space = Array.LastIndexOf(chars, ' ', lineStart + WrapWidth, WrapWidth);
            if (space < 0)
            {
                break;
            }

            chars[space] = '\n';
            lineStart = space + 1;
        }

        return new string(chars);
    }

    /// <summary>24 hexadecimal digits, the shape of the Hub's object ids.</summary>
    private static string ObjectId(Prng rng) =>
        (rng.NextUInt64() & 0xFFFFFFFFFFFF).ToString("x12", CultureInfo.InvariantCulture) + (rng.NextUInt64() & 0xFFFFFFFFFFFF).ToString("x12", CultureInfo.InvariantCulture);

    private static string Timestamp(DateOnly day, Prng rng) =>
        day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T" + rng.Next(24).ToString("00", CultureInfo.InvariantCulture) + ":"
        + rng.Next(60).ToString("00", CultureInfo.InvariantCulture) + ":" + rng.Next(60).ToString("00", CultureInfo.InvariantCulture) + ".000Z";

    /// <summary>One daily-papers item: the facts drawn for it, written as JSON, and the ground truth a reader must find.</summary>
    private sealed class Item
    {
        private readonly SyntheticPaper _paper;
        private readonly Prng _rng;
        private readonly string _title;
        private readonly string _jsonTitle;
        private readonly string _jsonAbstract;
        private readonly string _arxivId;
        private readonly DateOnly _listedOn;
        private readonly DateOnly _publishedOn;
        private readonly int _authorCount;
        private readonly int _upvotes;

        public Item(SyntheticPaper paper, DateOnly listedOn, int indexInDay, Prng rng)
        {
            _paper = paper;
            _rng = rng;
            _listedOn = listedOn;
            _title = rng.Chance(QuotedTitleFraction) && paper.Title.IndexOf(' ', StringComparison.Ordinal) is var space and > 0
                ? "\"" + paper.Title[..space] + "\"" + paper.Title[space..]
                : paper.Title;
            _jsonTitle = rng.Chance(BrokenTitleFraction) ? BreakLine(_title) : _title;
            _jsonAbstract = rng.Chance(WrappedAbstractFraction) ? Wrap(paper.Abstract) : paper.Abstract;

            // arXiv numbers a month's papers from 00001; a day's fifty never collide with another day's in the same month.
            _publishedOn = listedOn.AddDays(-rng.Next(4));
            _arxivId = (listedOn.Year % 100).ToString("00", CultureInfo.InvariantCulture) + listedOn.Month.ToString("00", CultureInfo.InvariantCulture)
                + "." + (10_000 + (listedOn.Day * 200) + indexInDay).ToString("00000", CultureInfo.InvariantCulture);
            _authorCount = paper.AuthorCount ?? rng.Between(1, 12);
            var roll = rng.Next(100);
            _upvotes = roll < 50 ? rng.Between(0, 10) : roll < 85 ? rng.Between(11, 50) : rng.Between(51, 400);
        }

        public void Write(Utf8JsonWriter json)
        {
            json.WriteStartObject();
            json.WriteStartObject("paper");
            json.WriteString("id", _arxivId);
            json.WriteStartArray("authors");
            for (var a = 0; a < _authorCount; a++)
            {
                json.WriteStartObject();
                json.WriteString("_id", ObjectId(_rng));
                json.WriteString("name", _rng.Pick(Vocabulary.GivenNames) + " " + _rng.Pick(Vocabulary.FamilyNames));
                json.WriteBoolean("hidden", false);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("publishedAt", Timestamp(_publishedOn, _rng));
            json.WriteString("submittedOnDailyAt", Timestamp(_listedOn, _rng));
            json.WriteString("title", _jsonTitle);
            json.WriteString("summary", _jsonAbstract);
            json.WriteNumber("upvotes", _upvotes);
            json.WriteString("discussionId", ObjectId(_rng));
            json.WriteStartArray("ai_keywords");
            for (var k = _rng.Between(2, 8); k > 0; k--)
            {
                json.WriteStringValue(_rng.Chance(0.5) ? _rng.Pick(Vocabulary.Concepts) : _rng.Pick(Vocabulary.Tasks).ToLowerInvariant());
            }

            json.WriteEndArray();
            if (_paper.OrganizationHandle is { } handle)
            {
                json.WriteStartObject("organization");
                json.WriteString("_id", ObjectId(_rng));
                json.WriteString("name", handle);
                json.WriteString("fullname", _paper.OrganizationName);
                json.WriteString("avatar", "https://cdn-avatars.huggingface.co/v1/production/uploads/" + ObjectId(_rng) + ".png");
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteString("publishedAt", Timestamp(_publishedOn, _rng));
            json.WriteString("title", _jsonTitle);
            json.WriteString("thumbnail", "https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/" + _arxivId + ".png");
            json.WriteNumber("numComments", _paper.CommentCount ?? 0);
            json.WriteBoolean("isAuthorParticipating", _rng.Chance(0.2));
            json.WriteEndObject();
        }

        /// <summary>What the catalogue must say: white space collapsed, escapes decoded, the facts as written.</summary>
        public SyntheticPaper GroundTruth(SyntheticSource source) =>
            new(_title, new TextSlice(_paper.Abstract, 0, _paper.Abstract.Length), _publishedOn, _authorCount,
                _paper.OrganizationHandle, _paper.OrganizationName, _paper.CommentCount ?? 0, [source])
            {
                ArxivId = _arxivId,
                Upvotes = _upvotes,
            };
    }

    /// <summary>The 1-based line on which the next array element opens, counting the line feeds written so far.</summary>
    private sealed class LineCounter(ArrayBufferWriter<byte> buffer, bool indented)
    {
        private int _counted;
        private int _line = 1;

        /// <summary>Call after a flush. An indented writer opens each element on a new line; a minified one writes one line.</summary>
        public int LineOfNextElement()
        {
            var written = buffer.WrittenSpan;
            _line += written[_counted..].Count((byte)'\n');
            _counted = written.Length;
            return indented ? _line + 1 : _line;
        }
    }
}
