using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using PaperDataset.Testing;
using Shouldly;
using Xunit;

namespace PaperDataset.Tests;

/// <summary>
/// Every relative link in the repository's tracked Markdown leads somewhere: the file or folder exists inside the
/// repository (a clone has nothing beside it), and a <c>#fragment</c> into a Markdown file names one of its headings.
/// </summary>
public class DocumentationLinkTests
{
    [Fact]
    public async Task Every_relative_link_in_the_tracked_Markdown_resolves()
    {
        var files = await TrackedMarkdownFiles();
        files.ShouldContain("README.md");
        files.ShouldContain("data/README.md");
        files.ShouldContain("docs/FORMAT.md");
        files.ShouldContain("docs/design.md");

        var broken = files.SelectMany(file => MarkdownLinks.BrokenLinks(Repository.Root, file, File.ReadAllText(Path.Combine(Repository.Root, file)))).ToList();

        broken.ShouldBeEmpty(string.Join("\n", broken));
    }

    [Fact]
    public async Task Every_page_under_docs_is_reachable_from_the_README()
    {
        var files = await TrackedMarkdownFiles();
        var reached = new HashSet<string>(StringComparer.Ordinal) { "README.md" };
        var toVisit = new Queue<string>(reached);
        while (toVisit.TryDequeue(out var file))
        {
            foreach (var linked in MarkdownLinks.LinkedFiles(Repository.Root, file, File.ReadAllText(Path.Combine(Repository.Root, file))))
            {
                if (files.Contains(linked) && reached.Add(linked))
                {
                    toVisit.Enqueue(linked);
                }
            }
        }

        files.Where(file => file.StartsWith("docs/", StringComparison.Ordinal) && !reached.Contains(file)).ShouldBeEmpty("pages no link leads to");
    }

    [Fact]
    public void Linked_files_are_repository_relative_with_forward_slashes()
    {
        MarkdownLinks.LinkedFiles(Repository.Root, "docs/design.md", "[a](FORMAT.md#hub-api-json) [b](../data/README.md) [c](#here) [d](https://example.org/x.md)")
            .ShouldBe(["docs/FORMAT.md", "data/README.md"]);
    }

    [Theory]
    [InlineData("[card](data/README.md)")]
    [InlineData("[folder](docs)")]
    [InlineData("![image](docs/FORMAT.md)")]
    [InlineData("[heading](data/README.md#schema-of-a-paper)")]
    [InlineData("[heading with code](#the-explorer-papers)")]
    [InlineData("[from the root](/docs/FORMAT.md)")]
    [InlineData("[escaped space](docs/FORMAT%2Emd)")]
    [InlineData("[web](https://huggingface.co/papers) [mail](mailto:someone@example.org)")]
    [InlineData("`[code span](missing.md)` and a [good one](data/README.md)")]
    [InlineData("```\n[fenced](missing.md)\n```")]
    [InlineData("[titled](data/README.md \"the card\")")]
    public void Links_that_resolve_pass(string markdown)
    {
        MarkdownLinks.BrokenLinks(Repository.Root, "README.md", "## The explorer: `papers`\n" + markdown).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("[missing file](docs/MISSING.md)")]
    [InlineData("[missing heading](data/README.md#no-such-heading)")]
    [InlineData("[missing heading here](#no-such-heading)")]
    [InlineData("[outside the repository](../elsewhere/FORMAT.md)")]
    [InlineData("[reference]: docs/MISSING.md")]
    [InlineData("[wrong case](DOCS/format.md)")]
    public void Broken_links_are_reported(string markdown)
    {
        MarkdownLinks.BrokenLinks(Repository.Root, "README.md", markdown).ShouldHaveSingleItem().ShouldStartWith("README.md:1: ");
    }

    [Theory]
    [InlineData("Two commands", "two-commands")]
    [InlineData("The explorer: `papers`", "the-explorer-papers")]
    [InlineData("What is guaranteed (and tested)", "what-is-guaranteed-and-tested")]
    [InlineData("Build time, cold start and the JSON alternative", "build-time-cold-start-and-the-json-alternative")]
    [InlineData("See [the card](data/README.md) — twice", "see-the-card--twice")]
    public void Headings_slug_as_GitHub_does(string heading, string slug)
    {
        MarkdownLinks.Slug(heading).ShouldBe(slug);
    }

    [Fact]
    public void Repeated_headings_get_numbered_anchors()
    {
        MarkdownLinks.Anchors("# Notes\n## Notes ##\n```\n# not a heading\n```\n### Notes\n").ShouldBe(["notes", "notes-1", "notes-2"]);
    }

    private static async Task<List<string>> TrackedMarkdownFiles()
    {
        var git = await DotNet.RunProgramAsync(
            "git", Repository.Root, ["-c", "core.quotePath=false", "ls-files", "--", "*.md"], cancellationToken: TestContext.Current.CancellationToken);
        git.ExitCode.ShouldBe(0, git.ToString());
        return git.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(file => File.Exists(Path.Combine(Repository.Root, file)))
            .ToList();
    }
}

/// <summary>Finds the relative links of a Markdown file that lead nowhere, as GitHub would resolve them.</summary>
internal static class MarkdownLinks
{
    private static readonly Regex InlineLink = new(@"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?(?<target>[^)\s>]+)>?(?:\s+""[^""]*"")?\s*\)");
    private static readonly Regex ReferenceDefinition = new(@"^ {0,3}\[[^\]]+\]:\s*<?(?<target>[^\s>]+)>?");
    private static readonly Regex CodeSpan = new(@"(?<!`)(`+)(?!`).+?(?<!`)\1(?!`)");
    private static readonly Regex Heading = new(@"^ {0,3}#{1,6}\s+(?<text>.*?)(?:\s+#+)?\s*$");
    private static readonly Regex LinkInText = new(@"\[([^\]]*)\]\([^)]*\)");
    private static readonly string[] ExternalSchemes = ["http:", "https:", "mailto:"];

    /// <summary>One line per broken link: <c>file:line: target (why)</c>.</summary>
    public static IEnumerable<string> BrokenLinks(string root, string file, string markdown)
    {
        foreach (var (number, target) in RelativeLinks(markdown))
        {
            if (Problem(root, file, markdown, target) is { } problem)
            {
                yield return $"{file}:{number}: {target} ({problem})";
            }
        }
    }

    /// <summary>The repository-relative paths (<c>/</c>-separated) of the files a Markdown file links to, in order; links into itself are left out.</summary>
    public static IEnumerable<string> LinkedFiles(string root, string file, string markdown)
    {
        foreach (var (_, target) in RelativeLinks(markdown))
        {
            var (path, _) = Split(target);
            if (path.Length > 0)
            {
                yield return Path.GetRelativePath(root, Resolve(root, file, path)).Replace(Path.DirectorySeparatorChar, '/');
            }
        }
    }

    /// <summary>The targets of the inline links and reference definitions outside code, with their line numbers; web and mail links are left out.</summary>
    private static IEnumerable<(int Number, string Target)> RelativeLinks(string markdown)
    {
        foreach (var (number, line) in ProseLines(markdown))
        {
            var prose = CodeSpan.Replace(line, "");
            var targets = InlineLink.Matches(prose).Concat(ReferenceDefinition.Matches(prose)).Select(match => match.Groups["target"].Value);
            foreach (var target in targets.Where(target => !ExternalSchemes.Any(scheme => target.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))))
            {
                yield return (number, target);
            }
        }
    }

    /// <summary>The anchors GitHub gives a Markdown file's headings, in order; a repeated slug gets <c>-1</c>, <c>-2</c> ….</summary>
    public static List<string> Anchors(string markdown)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var anchors = new List<string>();
        foreach (var (_, line) in ProseLines(markdown))
        {
            var heading = Heading.Match(line);
            if (heading.Success)
            {
                var slug = Slug(heading.Groups["text"].Value);
                seen[slug] = seen.TryGetValue(slug, out var count) ? count + 1 : 0;
                anchors.Add(seen[slug] == 0 ? slug : $"{slug}-{seen[slug]}");
            }
        }

        return anchors;
    }

    /// <summary>GitHub's heading slug: the rendered text in lower case, punctuation dropped, spaces made hyphens.</summary>
    public static string Slug(string heading)
    {
        var text = LinkInText.Replace(heading, "$1").Trim().ToLowerInvariant();
        var slug = new StringBuilder();
        foreach (var character in text)
        {
            if (char.IsLetterOrDigit(character) || character is '-' or '_')
            {
                slug.Append(character);
            }
            else if (character == ' ')
            {
                slug.Append('-');
            }
        }

        return slug.ToString();
    }

    private static string? Problem(string root, string file, string markdown, string target)
    {
        var (path, fragment) = Split(target);
        if (path.Length == 0)
        {
            return Anchors(markdown).Contains(fragment) ? null : $"no heading #{fragment} in this file";
        }

        var relative = Path.GetRelativePath(root, Resolve(root, file, path));
        if (relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return "outside the repository";
        }

        if (!ExistsWithExactCase(root, relative))
        {
            return "no such file or folder";
        }

        var resolved = Path.Combine(root, relative);
        if (fragment.Length > 0 && resolved.EndsWith(".md", StringComparison.Ordinal) && File.Exists(resolved) && !Anchors(File.ReadAllText(resolved)).Contains(fragment))
        {
            return $"no heading #{fragment}";
        }

        return null;
    }

    /// <summary>A link target's path and fragment, unescaped.</summary>
    private static (string Path, string Fragment) Split(string target)
    {
        var hash = target.IndexOf('#');
        return (Uri.UnescapeDataString(hash < 0 ? target : target[..hash]), hash < 0 ? "" : Uri.UnescapeDataString(target[(hash + 1)..]));
    }

    /// <summary>The full path a link leads to: a leading '/' is the repository root on GitHub; anything else is relative to the linking file.</summary>
    private static string Resolve(string root, string file, string path) =>
        Path.GetFullPath(path.StartsWith('/')
            ? Path.Combine(root, path.TrimStart('/'))
            : Path.Combine(root, Path.GetDirectoryName(file) ?? "", path));

    /// <summary>GitHub's paths are case-sensitive, so a link that only works on a case-insensitive disk is broken too.</summary>
    private static bool ExistsWithExactCase(string root, string relative)
    {
        if (relative == ".")
        {
            return true;
        }

        var current = root;
        foreach (var part in relative.Split(Path.DirectorySeparatorChar))
        {
            if (!Directory.Exists(current) || !Directory.EnumerateFileSystemEntries(current, part).Any(entry => Path.GetFileName(entry) == part))
            {
                return false;
            }

            current = Path.Combine(current, part);
        }

        return true;
    }

    /// <summary>The lines outside fenced code blocks, numbered from 1: links and headings in code are examples, not links.</summary>
    private static IEnumerable<(int Number, string Line)> ProseLines(string markdown)
    {
        string? fence = null;
        var lines = markdown.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var trimmed = line.TrimStart();
            if (fence is null && (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal)))
            {
                fence = trimmed[..3];
            }
            else if (fence is not null && trimmed.StartsWith(fence, StringComparison.Ordinal))
            {
                fence = null;
            }
            else if (fence is null)
            {
                yield return (i + 1, line);
            }
        }
    }
}
