using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using PaperDataset.Synthetic;

namespace PaperDataset.Scale;

/// <summary>
/// Reads a synthetic JSON corpus back with System.Text.Json, independently of the generator, and checks it says what its
/// ground truth claims: every item where its source says, with the id, title and abstract (escapes decoded, white space
/// collapsed as the Hub reader does), counts and date. A scale run over files that disagree with their truth measures nothing.
/// </summary>
internal static partial class JsonCorpusCheck
{
    public static void ThrowIfWrong(SyntheticCorpus corpus)
    {
        var byFile = corpus.Papers.ToLookup(paper => paper.Sources.Single().FileName, StringComparer.Ordinal);
        var checkedItems = 0;
        foreach (var file in corpus.Files)
        {
            var expected = byFile[file.FileName].ToList();
            var utf8 = Encoding.UTF8.GetBytes(file.Text);
            var reader = new Utf8JsonReader(utf8);
            reader.Read(); // the list
            var index = 0;
            while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                var line = 1 + utf8.AsSpan(0, (int)reader.TokenStartIndex).Count((byte)'\n');
                using var item = JsonDocument.ParseValue(ref reader);
                Compare(file.FileName, expected[index], item.RootElement, line);
                index++;
            }

            Require(index == expected.Count, file.FileName, $"{index} items, the truth says {expected.Count}");
            checkedItems += index;
        }

        Require(checkedItems == corpus.Papers.Count, "corpus", $"{checkedItems} items, {corpus.Papers.Count} papers");
    }

    private static void Compare(string file, SyntheticPaper truth, JsonElement item, int line)
    {
        var paper = item.GetProperty("paper");
        var where = file + ":" + line.ToString(CultureInfo.InvariantCulture);
        Require(truth.Sources[0].Line == line, where, $"the truth puts the item on line {truth.Sources[0].Line}");
        Require(paper.GetProperty("id").GetString() == truth.ArxivId, where, "id");
        Require(Collapse(paper.GetProperty("title").GetString()!) == truth.Title, where, "title");
        Require(Collapse(paper.GetProperty("summary").GetString()!) == truth.Abstract, where, "abstract");
        Require(paper.GetProperty("authors").GetArrayLength() == truth.AuthorCount, where, "author count");
        Require(paper.GetProperty("upvotes").GetInt32() == truth.Upvotes, where, "upvotes");
        Require(item.GetProperty("numComments").GetInt32() == truth.CommentCount, where, "comment count");
        Require(DateOnly.FromDateTime(paper.GetProperty("publishedAt").GetDateTimeOffset().UtcDateTime) == truth.PublishedOn, where, "publication date");
        var organization = paper.TryGetProperty("organization", out var value) ? value.GetProperty("name").GetString() : null;
        Require(organization == truth.OrganizationHandle, where, "organisation");
    }

    private static string Collapse(string value) => WhiteSpace().Replace(value, " ").Trim();

    private static void Require(bool condition, string where, string what)
    {
        if (!condition)
        {
            throw new InvalidDataException("synthetic JSON disagrees with its ground truth at " + where + ": " + what);
        }
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhiteSpace();
}
