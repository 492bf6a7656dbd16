using System.Linq;
using PaperDataset.Sources.Model;
using PaperDataset.Sources.Reading.HubJson;
using PaperDataset.Sources.Reading;
using PaperDataset.Testing;
using Shouldly;
using Xunit;

namespace PaperDataset.Robustness.Tests.Units;

/// <summary>The Hub JSON reader on strings: the mapping of every field, and each kind of bad input as one diagnostic.</summary>
public class HubJsonReaderTests
{
    private const string Path = "/api/daily.json";

    private const string NewestItem = """
        [
          {
            "paper": {
              "id": "2608.19880",
              "authors": [
                { "_id": "a1", "name": "Chengsong Huang", "hidden": false, "user": { "user": "chuang", "fullname": "C. Huang" } },
                { "_id": "a2", "name": "Zifeng Wang", "hidden": false }
              ],
              "publishedAt": "2026-08-19T17:59:41.000Z",
              "submittedOnDailyAt": "2026-08-21T04:12:00.000Z",
              "title": "Self-Evolving\n  Agents",
              "summary": "We study\nagents  that evolve.",
              "upvotes": 42,
              "githubRepo": "https://github.com/x/y",
              "projectPage": "https://x.github.io/y/",
              "githubStars": 1234,
              "ai_summary": "Agents\tevolve.",
              "ai_keywords": ["agents", "self-evolution"],
              "organization": { "_id": "o1", "name": "google", "fullname": "Google", "avatar": "a.png" },
              "discussionId": "d1"
            },
            "publishedAt": "2026-08-20T13:00:00.000Z",
            "title": "$\\textit{Self}$-Evolving Agents",
            "numComments": 3,
            "organization": { "_id": "o2", "name": "deepmind", "fullname": "DeepMind" },
            "isAuthorParticipating": false
          }
        ]
        """;

    private static ReadResult Read(string json, string? capturedOn = null, string path = Path) => ReadingAssertions.Read(json, capturedOn, path);

    private static string Item(string paper, string outer = "\"numComments\": 1") => "{ \"paper\": { " + paper + " }, " + outer + " }";

    private const string Required = "\"id\": \"2403.12345\", \"title\": \"T\", \"summary\": \"A\"";

    [Fact]
    public void A_daily_item_maps_every_field()
    {
        var read = Read(NewestItem);

        read.Format.ShouldBe(SourceFormat.HubJson);
        read.Diagnostics.ShouldBeEmpty();
        var entry = read.Entries.ShouldHaveSingleItem();
        entry.ArxivId.ShouldBe("2608.19880");
        entry.Title.ShouldBe("Self-Evolving Agents");
        entry.Abstract.ShouldBe("We study agents that evolve.");
        entry.PublishedOn.ShouldBe(new CalendarDate(2026, 8, 19));
        entry.PublishedPrecision.ShouldBe(DatePrecision.Day);
        entry.SubmittedOn.ShouldBe(new CalendarDate(2026, 8, 21));
        entry.Authors.ShouldBe([new AuthorSpec("Chengsong Huang", "chuang"), new AuthorSpec("Zifeng Wang", null)]);
        entry.AuthorCount.ShouldBe(2);
        entry.Upvotes.ShouldBe(42);
        entry.CommentCount.ShouldBe(3);
        entry.Organization.ShouldBe(new OrganizationSpec("google", "Google"));
        entry.GitHubRepository.ShouldBe("https://github.com/x/y");
        entry.ProjectPage.ShouldBe("https://x.github.io/y/");
        entry.GitHubStars.ShouldBe(1234);
        entry.Keywords.ShouldBe(["agents", "self-evolution"]);
        entry.AiSummary.ShouldBe("Agents evolve.");
        entry.Shown.ShouldBe(EntryFacts.PublishedOn | EntryFacts.AuthorCount | EntryFacts.Organization | EntryFacts.CommentCount);
        entry.Position.LineNumber.ShouldBe(2);
        entry.Position.StartColumn.ShouldBe(2);
    }

    [Fact]
    public void A_string_without_escapes_is_read_as_it_is_and_its_white_space_collapsed()
    {
        var json = "[" + Item("\"id\": \"2403.12345\", \"title\": \"Plain ✓ title 😀\", \"summary\": \"Two  spaces\"") + "]";

        var entry = Read(json).Entries.Single();

        entry.Title.ShouldBe("Plain ✓ title 😀");
        entry.Abstract.ShouldBe("Two spaces");
    }

    [Fact]
    public void The_item_title_stands_in_when_the_paper_has_none()
    {
        var entry = Read("[" + Item("\"id\": \"2403.12345\", \"summary\": \"A\"", "\"title\": \"Outer  title\"") + "]").Entries.Single();

        entry.Title.ShouldBe("Outer title");
        entry.CommentCount.ShouldBeNull();
        entry.Shown.ShouldBe(EntryFacts.None);
    }

    [Fact]
    public void A_bare_paper_object_has_no_comment_count_and_its_own_organization()
    {
        var read = Read("{ " + Required + ", \"numComments\": 5, \"organization\": { \"name\": \"meta\" }, \"publishedAt\": \"2024-03-11T23:30:00-05:00\" }");

        var entry = read.Entries.ShouldHaveSingleItem();
        entry.CommentCount.ShouldBeNull();
        entry.Organization.ShouldBe(new OrganizationSpec("meta", "meta"));
        entry.PublishedOn.ShouldBe(new CalendarDate(2024, 3, 12)); // the UTC date
        read.CapturedOn.ShouldBe(new CalendarDate(2024, 3, 12));
    }

    [Fact]
    public void An_array_of_bare_papers_and_items_reads_each_at_its_line()
    {
        var json = "[\n{ " + Required + " },\n" + Item(Required.Replace("12345", "12346")) + "\n]";

        var entries = Read(json).Entries;

        entries.Select(entry => (entry.ArxivId, entry.Position.LineNumber)).ShouldBe([("2403.12345", 2), ("2403.12346", 3)]);
    }

    [Fact]
    public void The_paper_organization_wins_over_the_item_one_which_stands_in_otherwise()
    {
        Read(NewestItem).Entries.Single().Organization!.Handle.ShouldBe("google");
        Read("[" + Item(Required, "\"organization\": { \"name\": \"deepmind\", \"fullname\": \"DeepMind\" }") + "]").Entries.Single()
            .Organization.ShouldBe(new OrganizationSpec("deepmind", "DeepMind"));
    }

    [Fact]
    public void Missing_null_and_unknown_fields_are_absent_without_diagnostics()
    {
        var read = Read("[" + Item(Required + ", \"upvotes\": null, \"authors\": null, \"githubRepo\": null, \"whatever\": [1, {\"x\": 2}]", "\"numComments\": null, \"extra\": true") + "]");

        read.Diagnostics.ShouldBeEmpty();
        var entry = read.Entries.Single();
        (entry.Upvotes, entry.AuthorCount, entry.GitHubRepository, entry.CommentCount, entry.PublishedOn, entry.Organization, entry.AiSummary)
            .ShouldBe((null, null, null, null, null, null, null));
        entry.Keywords.ShouldBeEmpty();
        entry.Authors.ShouldBeEmpty();
    }

    [Fact]
    public void A_repeated_key_keeps_its_last_value_as_JSON_parse_does()
    {
        Read("{ " + Required + ", \"title\": \"Second\" }").Entries.Single().Title.ShouldBe("Second");
    }

    [Fact]
    public void A_repeated_key_of_the_wrong_type_wins_over_a_good_one_before_it()
    {
        var read = Read("[{\"paper\": { " + Required + " }, \"paper\": 5}]");

        read.Entries.ShouldBeEmpty();
        read.Diagnostics.ShouldHaveSingleItem().Message.ShouldBe("The paper at line 1 was skipped: \"paper\" is a number, not an object");
    }

    [Fact]
    public void An_escaped_member_name_is_the_member_it_spells()
    {
        var entry = Read("{ \"\\u0069d\": \"2403.12345\", \"ti\\u0074le\": \"T\", \"summary\": \"A\", \"up\\u0076otes\": 7 }").Entries.Single();

        (entry.ArxivId, entry.Title, entry.Upvotes).ShouldBe(("2403.12345", "T", 7));
    }

    [Fact]
    public void A_file_that_breaks_after_its_papers_gives_no_papers_and_no_other_diagnostic()
    {
        var json = "[\n" + Item(Required) + ",\n" + Item(Required.Replace("12345", "12346") + ", \"upvotes\": \"many\"") + ",\n{\"unread\": [1, 2,]}\n]";

        var read = Read(json);

        read.Entries.ShouldBeEmpty();
        var diagnostic = read.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("PDS016");
        diagnostic.Position.LineNumber.ShouldBe(4); // inside a member the mapping skips: skipping still validates it
    }

    [Fact]
    public void Positions_count_lines_as_the_line_readers_do_with_a_byte_order_mark_and_CRLF()
    {
        var json = "\uFEFF[\r\n" + Item(Required) + ",\r\n\r\n  \u00E9" + "\n]";
        var second = "\uFEFF[\r\n" + Item(Required) + ",\r" + Item(Required.Replace("12345", "12346")) + "\r\n]";

        Read(second).Entries.Select(entry => (entry.Position.LineNumber, entry.Position.StartColumn)).ShouldBe([(2, 0), (3, 0)]);
        var diagnostic = Read(json).Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("PDS016");
        (diagnostic.Position.LineNumber, diagnostic.Position.StartColumn).ShouldBe((4, 2)); // the 'é' where a value should be
    }

    [Fact]
    public void An_escaped_lone_surrogate_and_control_characters_survive()
    {
        var json = "{ \"id\": \"2403.12345\", \"title\": \"A\\uD800B\\u0000\\u202E\", \"summary\": \"\\\"quoted\\\" \\\\ \\/ end\" }";

        var entry = Read(json).Entries.Single();

        entry.Title.ShouldBe("A\uD800B\0\u202E");
        entry.Abstract.ShouldBe("\"quoted\" \\ / end");
    }

    [Fact]
    public void Without_a_capture_date_the_latest_daily_date_stands_in_and_no_PDS003_is_reported()
    {
        var json = "[" + Item(Required + ", \"submittedOnDailyAt\": \"2025-03-17T01:00:00Z\"", "\"publishedAt\": \"2025-03-20T00:00:00Z\"") + ","
            + Item(Required.Replace("12345", "12346"), "\"publishedAt\": \"2025-03-18T23:00:00Z\"") + "]";

        var read = Read(json);

        read.Diagnostics.ShouldBeEmpty();
        read.CapturedOn.ShouldBe(new CalendarDate(2025, 3, 18)); // submittedOnDailyAt first, else the item's publishedAt
        Read(json, capturedOn: "2025-04-01").CapturedOn.ShouldBe(new CalendarDate(2025, 4, 1));
    }

    [Fact]
    public void Text_that_is_not_JSON_is_one_PDS016_where_it_breaks_and_no_papers()
    {
        var read = Read("[\n  {\"paper\": }\n]");

        read.Entries.ShouldBeEmpty();
        var diagnostic = read.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("PDS016");
        diagnostic.Position.LineNumber.ShouldBe(2);
        diagnostic.Position.StartColumn.ShouldBe(12); // the '}' where a value should be
        diagnostic.MessageArgs.Take(3).ShouldBe(["daily.json", "2", "13"]);
        diagnostic.Message.ShouldStartWith("'daily.json' is not valid JSON at line 2, column 13: ");
    }

    [Theory]
    [InlineData("{ \"id\": \"2403.12345\" } trailing", 1)]
    [InlineData("[1, 2,]", 1)]
    [InlineData("{\n// comment\n}", 2)]
    [InlineData("{ \"a\": \"unterminated", 1)]
    [InlineData("[\"raw\nnewline\"]", 1)]
    public void Trailing_text_commas_comments_and_broken_strings_are_PDS016(string json, int line)
    {
        var diagnostic = Read(json).Diagnostics.ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe("PDS016");
        diagnostic.Position.LineNumber.ShouldBe(line);
    }

    [Fact]
    public void Deep_nesting_is_PDS016_not_a_stack_overflow()
    {
        var json = new string('[', 100_000) + new string(']', 100_000);

        var diagnostic = Read(json).Diagnostics.ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe("PDS016");
        diagnostic.MessageArgs[3].ShouldContain("depth");
    }

    [Fact]
    public void Empty_text_declared_as_JSON_is_PDS016()
    {
        var read = SourceReader.Read(new SourceDocument(Path, "  ", null, SourceFormat.HubJson), TestContext.Current.CancellationToken);

        read.Diagnostics.ShouldHaveSingleItem().Id.ShouldBe("PDS016");
    }

    [Fact]
    public void Values_that_are_not_papers_among_papers_are_one_PDS023_with_their_count()
    {
        var json = "[\n\"{'paper': {'id': '2412.07730'}}\",\n" + Item(Required) + ",\n42,\n{\"unrelated\": 1}\n]";

        var read = Read(json);

        read.Entries.ShouldHaveSingleItem().ArxivId.ShouldBe("2403.12345");
        var diagnostic = read.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("PDS023");
        diagnostic.Position.LineNumber.ShouldBe(2);
        diagnostic.Message.ShouldBe(
            "3 of the 4 values in 'daily.json' are not Hub paper objects (the first, at line 2, is the string \"{'paper': {'id': '2412.07730'}}\"); they were skipped and the others read");
    }

    [Theory]
    [InlineData("[\n42,\n{\"unrelated\": 1}\n]", "2", "the first, at line 2, is a number")]
    [InlineData("{\"error\": \"Invalid date\"}", "1", "the first, at line 1, is an object")]
    [InlineData("[\nnull,\n[]\n]", "2", "the first, at line 2, is null")]
    [InlineData("[\n[{\"id\": \"2403.12345\"}]\n]", "1", "the first, at line 2, is an array")]
    [InlineData("[\nfalse\n]", "1", "the first, at line 2, is a boolean")]
    public void JSON_in_which_no_value_is_a_paper_is_one_PDS017_and_no_papers(string json, string count, string first)
    {
        var read = Read(json);

        read.Entries.ShouldBeEmpty();
        var diagnostic = read.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("PDS017");
        diagnostic.Message.ShouldStartWith($"None of the {count} values in 'daily.json' is a Hub paper object ({first}). No papers were read from it: ");
    }

    [Theory]
    [InlineData("\"title\": \"T\", \"summary\": \"A\"", "no \"id\"")]
    [InlineData("\"id\": \"2403.12345\", \"summary\": \"A\"", "no \"title\"")]
    [InlineData("\"id\": \"2403.12345\", \"title\": \"T\"", "no \"summary\"")]
    [InlineData("\"id\": 2403.12345, \"title\": \"T\", \"summary\": \"A\"", "\"id\" is a number, not a string")]
    [InlineData("\"id\": \"../../etc\", \"title\": \"T\", \"summary\": \"A\"", "\"id\" \"../../etc\" is not an arXiv id")]
    [InlineData("\"id\": \"2403.12345\", \"title\": \" \\n \", \"summary\": \"A\"", "\"title\" is blank")]
    [InlineData("\"id\": \"2403.12345\", \"title\": [\"T\"], \"summary\": \"A\"", "\"title\" is an array, not a string")]
    [InlineData("\"id\": \"2403.12345\", \"title\": \"T\", \"summary\": null", "no \"summary\"")]
    [InlineData("\"id\": \"2403.12345\", \"title\": \"T\", \"summary\": \"\\t \"", "\"summary\" is blank")]
    public void An_item_without_id_title_or_summary_is_skipped_and_named_at_its_line(string paper, string reason)
    {
        var json = "[\n" + Item(Required.Replace("12345", "99999")) + ",\n" + Item(paper) + "\n]";

        var read = Read(json);

        read.Entries.ShouldHaveSingleItem().ArxivId.ShouldBe("2403.99999");
        var diagnostic = read.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("PDS018");
        diagnostic.Position.LineNumber.ShouldBe(3);
        diagnostic.Message.ShouldBe("The paper at line 3 was skipped: " + reason);
    }

    [Fact]
    public void An_item_whose_paper_is_not_an_object_is_skipped()
    {
        var diagnostic = Read("[{\"paper\": \"2403.12345\", \"numComments\": 1}]").Diagnostics.ShouldHaveSingleItem();

        diagnostic.Message.ShouldBe("The paper at line 1 was skipped: \"paper\" is a string, not an object");
    }

    [Theory]
    [InlineData("\"upvotes\": \"many\"", "\"upvotes\" is a string, not a number")]
    [InlineData("\"upvotes\": -1", "\"upvotes\" is -1, not a count")]
    [InlineData("\"githubStars\": 1.5", "\"githubStars\" is 1.5, not a count")]
    [InlineData("\"githubStars\": 99999999999", "\"githubStars\" is 99999999999, not a count")]
    [InlineData("\"upvotes\": -0", "\"upvotes\" is -0, not a count")]
    [InlineData("\"upvotes\": 1e2", "\"upvotes\" is 1e2, not a count")]
    [InlineData("\"publishedAt\": \"last week\"", "\"publishedAt\" is \"last week\", not an ISO 8601 date")]
    [InlineData("\"authors\": [{\"name\": \"A\"}, {\"_id\": \"x\"}]", "author 2 of \"authors\" has no name")]
    [InlineData("\"authors\": {\"name\": \"A\"}", "\"authors\" is an object, not an array")]
    [InlineData("\"ai_keywords\": [\"a\", 3]", "\"ai_keywords\" holds a number among its strings")]
    [InlineData("\"organization\": {\"fullname\": \"Nameless\"}", "\"organization\" has no \"name\"")]
    [InlineData("\"projectPage\": false", "\"projectPage\" is a boolean, not a string")]
    public void A_field_of_the_wrong_type_is_left_out_with_PDS019_and_the_paper_kept(string field, string reason)
    {
        var read = Read("[" + Item(Required + ", " + field) + "]");

        var entry = read.Entries.ShouldHaveSingleItem();
        (entry.Upvotes, entry.GitHubStars, entry.PublishedOn, entry.AuthorCount, entry.Organization, entry.ProjectPage).ShouldBe((null, null, null, null, null, null));
        entry.Keywords.ShouldBeEmpty();
        var diagnostic = read.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("PDS019");
        diagnostic.Message.ShouldBe("The paper at line 1 keeps its other fields, but " + reason);
    }

    [Fact]
    public void Absurdly_long_strings_are_refused()
    {
        var longTitle = new string('t', 2_001);
        var longUrl = new string('u', 2_001);
        var json = "[" + Item(Required.Replace("\"T\"", "\"" + longTitle + "\"")) + "," + Item(Required.Replace("12345", "12346") + ", \"githubRepo\": \"" + longUrl + "\"") + "]";

        var read = Read(json);

        read.Entries.ShouldHaveSingleItem().GitHubRepository.ShouldBeNull();
        read.Diagnostics.Select(diagnostic => diagnostic.Message).ShouldBe(
        [
            "The paper at line 1 was skipped: \"title\" is 2,001 characters long (at most 2,000)",
            "The paper at line 1 keeps its other fields, but \"githubRepo\" is 2,001 characters long (at most 2,000)",
        ]);
    }

    [Theory]
    [InlineData("2024-03-11T17:59:41.000Z")]
    [InlineData("2024\\u002d03-11T17:59:41.000Z")]
    [InlineData("2024-03-11T17:59:41.000\\u005a")]
    public void A_time_stamp_reads_the_same_with_or_without_escapes(string written)
    {
        var entry = Read("[" + Item(Required + ", \"publishedAt\": \"" + written + "\"") + "]").Entries.ShouldHaveSingleItem();

        entry.PublishedOn.ShouldBe(new CalendarDate(2024, 3, 11));
    }

    [Fact]
    public void The_length_limits_count_decoded_characters_not_escapes()
    {
        // 2,000 characters written as 12,000 (\u0074 for each 't'): at the limit, kept; one more escaped character is over it.
        var escapedTitle = string.Concat(Enumerable.Repeat("\\u0074", 2_000));
        var json = "[" + Item(Required.Replace("\"T\"", "\"" + escapedTitle + "\"")) + "," + Item(Required.Replace("12345", "12346").Replace("\"T\"", "\"" + escapedTitle + "\\u0074\"")) + "]";

        var read = Read(json);

        read.Entries.ShouldHaveSingleItem().Title.ShouldBe(new string('t', 2_000));
        read.Diagnostics.Select(diagnostic => diagnostic.Message).ShouldBe(["The paper at line 1 was skipped: \"title\" is 2,001 characters long (at most 2,000)"]);
    }

    [Fact]
    public void An_empty_list_is_PDS006()
    {
        Read("[]").Diagnostics.ShouldHaveSingleItem().Id.ShouldBe("PDS006");
    }

    [Fact]
    public void An_item_stated_in_a_minified_file_is_at_its_column()
    {
        var json = "[" + Item(Required) + "," + Item(Required.Replace("12345", "12346")) + "]";

        var second = Read(json).Entries[1];

        second.Position.LineNumber.ShouldBe(1);
        second.Position.Start.ShouldBe(json.IndexOf("},{", System.StringComparison.Ordinal) + 2);
        second.Position.StartColumn.ShouldBe(second.Position.Start);
    }

    [Fact]
    public void An_item_whose_paper_is_null_is_skipped_and_says_so()
    {
        var read = Read("[{\"paper\": null, \"numComments\": 1}]");

        read.Entries.ShouldBeEmpty();
        read.Diagnostics.ShouldHaveSingleItem().Message.ShouldBe("The paper at line 1 was skipped: \"paper\" is null");
    }

    [Fact]
    public void Empty_strings_are_absent_without_diagnostics()
    {
        var read = Read("[" + Item(Required + ", \"githubRepo\": \"\", \"projectPage\": \"\", \"ai_summary\": \"\"") + "]");

        read.Diagnostics.ShouldBeEmpty();
        var entry = read.Entries.Single();
        (entry.GitHubRepository, entry.ProjectPage, entry.AiSummary).ShouldBe((null, null, null));
    }

    [Fact]
    public void Strings_of_the_longest_allowed_length_are_kept()
    {
        var longest = new string('u', 2_000);

        var read = Read("[" + Item(Required + ", \"githubRepo\": \"" + longest + "\", \"ai_keywords\": [\"" + longest + "\"]") + "]");

        read.Diagnostics.ShouldBeEmpty();
        var entry = read.Entries.Single();
        entry.GitHubRepository.ShouldBe(longest);
        entry.Keywords.ShouldBe([longest]);
    }

    [Fact]
    public void A_keyword_too_long_to_keep_drops_the_keywords_with_PDS019()
    {
        var read = Read("[" + Item(Required + ", \"ai_keywords\": [\"a\", \"" + new string('k', 2_001) + "\"]") + "]");

        read.Entries.Single().Keywords.ShouldBeEmpty();
        read.Diagnostics.ShouldHaveSingleItem().Message.ShouldBe("The paper at line 1 keeps its other fields, but \"ai_keywords\" holds a string that is too long among its strings");
    }

    [Theory]
    [InlineData(120, "")]
    [InlineData(121, "…")]
    public void A_quoted_value_is_cut_to_120_characters(int length, string ellipsis)
    {
        var id = new string('x', length);

        var read = Read("[" + Item("\"id\": \"" + id + "\", \"title\": \"T\", \"summary\": \"A\"") + "]");

        read.Diagnostics.ShouldHaveSingleItem().Message.ShouldBe("The paper at line 1 was skipped: \"id\" \"" + id.Substring(0, 120) + ellipsis + "\" is not an arXiv id");
    }

    [Theory]
    [InlineData("[\"Ann\"]", "author 1 of \"authors\" has no name")]
    [InlineData("[{\"name\": \"Ann\"}, {\"name\": \" \\t\"}]", "author 2 of \"authors\" has no name")]
    [InlineData("[{\"name\": 7}]", "author 1 of \"authors\" has no name")]
    public void An_author_without_a_usable_name_drops_the_authors_with_PDS019(string authors, string reason)
    {
        var read = Read("[" + Item(Required + ", \"authors\": " + authors) + "]");

        var entry = read.Entries.Single();
        (entry.AuthorCount, entry.Authors.Count).ShouldBe((null, 0));
        read.Diagnostics.ShouldHaveSingleItem().Message.ShouldBe("The paper at line 1 keeps its other fields, but " + reason);
    }

    [Fact]
    public void An_author_whose_user_is_unusable_keeps_the_name_without_a_user_or_a_diagnostic()
    {
        var read = Read("[" + Item(Required + ", \"authors\": [{\"name\": \"Ann\", \"user\": \"ann\"}, {\"name\": \"Bo\", \"user\": {\"user\": 5}}, {\"name\": \"Cy\", \"user\": {}}]") + "]");

        read.Diagnostics.ShouldBeEmpty();
        read.Entries.Single().Authors.ShouldBe([new AuthorSpec("Ann", null), new AuthorSpec("Bo", null), new AuthorSpec("Cy", null)]);
    }

    [Fact]
    public void An_organization_with_a_blank_handle_is_dropped_and_a_blank_display_name_is_the_handle()
    {
        var blankHandle = Read("[" + Item(Required + ", \"organization\": {\"name\": \" \", \"fullname\": \"Nameless\"}") + "]");
        var blankName = Read("[" + Item(Required + ", \"organization\": {\"name\": \"meta\", \"fullname\": \" \"}") + "]");

        blankHandle.Entries.Single().Organization.ShouldBeNull();
        blankHandle.Diagnostics.ShouldHaveSingleItem().Message.ShouldEndWith("\"organization\" has no \"name\"");
        blankName.Diagnostics.ShouldBeEmpty();
        blankName.Entries.Single().Organization.ShouldBe(new OrganizationSpec("meta", "meta"));
    }

    [Fact]
    public void The_reason_of_PDS016_leaves_out_the_readers_position_and_full_stop()
    {
        // A short message, so that cutting it to 120 characters cannot hide the position the reader appends.
        var reason = Read("[1 2]").Diagnostics.Single().MessageArgs[3];

        reason.ShouldContain("'2'");
        reason.Length.ShouldBeLessThan(100);
        reason.ShouldNotContain("LineNumber");
        reason.ShouldNotEndWith(".");
        reason.ShouldNotEndWith(" ");
    }

    [Fact]
    public void A_position_covers_one_character_or_none_at_the_end_of_a_line()
    {
        var item = Read("[\n  " + Item(Required) + "\n]").Entries.Single().Position;
        var atTheEnd = Read("[\n  [").Diagnostics.Single().Position;

        (item.Line, item.StartColumn, item.Length, item.EndColumn).ShouldBe((1, 2, 1, 3));
        (atTheEnd.Line, atTheEnd.StartColumn, atTheEnd.Length, atTheEnd.EndColumn).ShouldBe((1, 3, 0, 3));
    }

    [Fact]
    public void A_bare_paper_without_a_title_is_skipped_and_named()
    {
        var read = Read("[\n{ \"id\": \"2403.12345\", \"summary\": \"A\" }\n]");

        read.Entries.ShouldBeEmpty();
        read.Diagnostics.ShouldHaveSingleItem().Message.ShouldBe("The paper at line 2 was skipped: no \"title\"");
    }

    [Fact]
    public void An_escaped_name_of_the_first_member_is_that_member()
    {
        var entry = Read("[{ \"\\u0070aper\": { " + Required + " }, \"numComments\": 2 }]").Entries.ShouldHaveSingleItem();

        (entry.ArxivId, entry.CommentCount).ShouldBe(("2403.12345", 2));
    }

    [Theory]
    [InlineData("2024-03-11T17:59:41.123456Z")]
    [InlineData("2024-03-11T17:59:41Z")]
    [InlineData("2024-03-11T17:59+00:00")]
    [InlineData("2024-03-11")]
    public void Each_ISO_8601_form_the_Hub_writes_gives_its_date(string publishedAt)
    {
        var read = Read("{ " + Required + ", \"publishedAt\": \"" + publishedAt + "\" }");

        read.Diagnostics.ShouldBeEmpty();
        read.Entries.Single().PublishedOn.ShouldBe(new CalendarDate(2024, 3, 11));
    }

    [Fact]
    public void A_syntax_error_after_an_empty_first_line_is_at_the_same_column_one_line_down()
    {
        var first = Read("[1, 2,]").Diagnostics.Single().Position;
        var second = Read("\n[1, 2,]").Diagnostics.Single().Position;

        (second.LineNumber, second.StartColumn, second.Start).ShouldBe((2, first.StartColumn, first.Start + 1));
    }

    [Fact]
    public void Reading_a_list_stops_when_the_build_is_cancelled()
    {
        var document = new SourceDocument(Path, "[" + Item(Required) + "]", null, SourceFormat.HubJson);
        using var cancelled = new System.Threading.CancellationTokenSource();
        cancelled.Cancel();

        Should.Throw<System.OperationCanceledException>(() => HubJsonReader.Instance.Read(document, [], null, [], cancelled.Token));
    }
}
