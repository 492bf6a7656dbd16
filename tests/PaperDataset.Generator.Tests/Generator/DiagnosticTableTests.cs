using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using PaperDataset.Sources.Diagnostics;
using PaperDataset.Testing;
using Shouldly;
using Xunit;

namespace PaperDataset.Generator.Tests.Generator;

/// <summary>
/// The one table of PDS rules (KnownDiagnostics) against everything made from it or written beside it: the generator's
/// descriptors, AnalyzerReleases.*.md (which Roslyn's release tracking cannot check, see the generator's project file)
/// and docs/diagnostics.md, the page every help link leads to.
/// </summary>
public class DiagnosticTableTests
{
    private static readonly string[] UnreadableFileRules = ["PDS013", "PDS016", "PDS017", "PDS020"];

    [Fact]
    public void Ids_are_PDS_and_three_digits_unique_and_in_order()
    {
        var ids = KnownDiagnostics.All.Select(definition => definition.Id).ToList();

        ids.ShouldAllBe(id => Regex.IsMatch(id, @"^PDS\d{3}$"));
        ids.ShouldBeUnique();
        ids.ShouldBe(ids.Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void Each_descriptor_is_its_table_row_with_a_help_link_to_its_section()
    {
        var descriptors = DiagnosticDescriptors.All.ToDictionary(descriptor => descriptor.Id);

        descriptors.Keys.ShouldBe(KnownDiagnostics.All.Select(definition => definition.Id), ignoreOrder: true);
        foreach (var definition in KnownDiagnostics.All)
        {
            var descriptor = descriptors[definition.Id];
            descriptor.Title.ToString().ShouldBe(definition.Title);
            descriptor.MessageFormat.ToString().ShouldBe(definition.MessageFormat);
            descriptor.Category.ShouldBe("PaperDataset");
            descriptor.DefaultSeverity.ShouldBe(DiagnosticDescriptors.SeverityOf(definition.Level));
            descriptor.IsEnabledByDefault.ShouldBeTrue();
            descriptor.HelpLinkUri.ShouldBe("https://github.com/paperdataset/PaperDataset/blob/main/docs/diagnostics.md#" + definition.Id.ToLowerInvariant());
        }
    }

    [Fact]
    public void The_generator_reports_each_level_at_the_severity_of_the_same_name()
    {
        Enum.GetValues<DiagnosticLevel>().Select(level => DiagnosticDescriptors.SeverityOf(level).ToString())
            .ShouldBe(Enum.GetValues<DiagnosticLevel>().Select(level => level.ToString()));
    }

    [Fact]
    public void A_file_that_cannot_be_read_at_all_is_an_error_whose_message_says_how_to_go_on()
    {
        foreach (var id in UnreadableFileRules)
        {
            var definition = KnownDiagnostics.Get(id);
            definition.Level.ShouldBe(DiagnosticLevel.Error, id);
            definition.MessageFormat.ShouldContain("No papers were read from it", Case.Sensitive, id);
            definition.MessageFormat.ShouldContain("leave it out of AdditionalFiles", Case.Sensitive, id);
            definition.MessageFormat.ShouldContain($"dotnet_diagnostic.{id}.severity = warning in a .globalconfig", Case.Sensitive, id);
        }
    }

    [Fact]
    public void Titles_and_messages_are_written_as_Roslyns_RS1031_and_RS1032_ask()
    {
        // The analyzers cannot see the table's strings, so their rules are checked here: a title is one phrase without a
        // full stop; a message is one sentence without one, or several each ending with one.
        foreach (var definition in KnownDiagnostics.All)
        {
            definition.Title.EndsWith('.').ShouldBeFalse(definition.Id);
            definition.Title.ShouldBe(definition.Title.Trim(), definition.Id);
            var message = definition.MessageFormat;
            message.ShouldBe(message.Trim(), definition.Id);
            message.ShouldNotContain("\n", Case.Sensitive, definition.Id);
            message.ShouldNotContain("..", Case.Sensitive, definition.Id);
            (message.Contains(". ", StringComparison.Ordinal) == message.EndsWith('.')).ShouldBeTrue($"{definition.Id}: {message}");
        }
    }

    [Fact]
    public void AnalyzerReleases_lists_every_rule_with_the_tables_category_severity_and_title()
    {
        var folder = Repository.PathOf("generator", "PaperDataset.Generator");
        var rules = ReleaseRules(File.ReadAllText(Path.Combine(folder, "AnalyzerReleases.Shipped.md")))
            .Concat(ReleaseRules(File.ReadAllText(Path.Combine(folder, "AnalyzerReleases.Unshipped.md"))))
            .ToList();

        rules.ShouldBe(KnownDiagnostics.All.Select(definition => $"{definition.Id} | PaperDataset | {definition.Level} | {definition.Title}"));
    }

    [Fact]
    public void Docs_diagnostics_has_a_section_per_rule_with_its_title_severity_an_example_and_how_to_configure_it()
    {
        var sections = Sections(File.ReadAllText(Repository.PathOf("docs", "diagnostics.md")));

        sections.Keys.ShouldBe(KnownDiagnostics.All.Select(definition => definition.Id));
        foreach (var definition in KnownDiagnostics.All)
        {
            var section = sections[definition.Id];
            section.ShouldContain($"**{definition.Title}** · {definition.Level.ToString().ToLowerInvariant()}", Case.Sensitive, definition.Id);
            section.ShouldContain("Example", Case.Sensitive, definition.Id);
            section.ShouldContain("Fix:", Case.Sensitive, definition.Id);
            section.ShouldContain($"dotnet_diagnostic.{definition.Id}.severity", Case.Sensitive, definition.Id);
        }
    }

    [Fact]
    public void Docs_diagnostics_summary_table_gives_each_rule_its_default_severity_and_title()
    {
        var rows = File.ReadAllLines(Repository.PathOf("docs", "diagnostics.md"))
            .Where(line => line.StartsWith("| [PDS", StringComparison.Ordinal))
            .ToList();

        rows.ShouldBe(KnownDiagnostics.All.Select(definition =>
            $"| [{definition.Id}](#{definition.Id.ToLowerInvariant()}) | {definition.Level.ToString().ToLowerInvariant()} | {definition.Title} |"));
    }

    /// <summary>The rows of the rule tables of a release file, as "id | category | severity | notes".</summary>
    private static IEnumerable<string> ReleaseRules(string markdown) =>
        markdown.Split('\n')
            .Select(line => line.Trim())
            .Where(line => Regex.IsMatch(line, @"^PDS\d{3} \|"))
            .Select(line => string.Join(" | ", line.Split('|').Select(cell => cell.Trim())));

    /// <summary>Each "## PDSnnn" heading (GitHub's anchor #pdsnnn) and the text up to the next level-2 heading.</summary>
    private static Dictionary<string, string> Sections(string markdown)
    {
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in Regex.Matches(markdown, @"^## (?<id>PDS\d{3})\n(?<body>.*?)(?=^## |\z)", RegexOptions.Multiline | RegexOptions.Singleline))
        {
            sections.Add(match.Groups["id"].Value, match.Groups["body"].Value);
        }

        return sections;
    }
}
