using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CsCheck;
using PaperDataset.Robustness.Tests.Infrastructure;
using PaperDataset.Sources.Model;
using Shouldly;
using Xunit;

namespace PaperDataset.Robustness.Tests.Properties;

/// <summary>
/// Meta written as links (docs/FORMAT.md, "Meta written as links"): in every rendering, each meta element (upvotes,
/// organisation, author count, date, comment count, GitHub link) written plain or as a link, with its URL inline, in
/// brackets, as a numbered reference or on the next line, and after an empty link or an image, reads the same fields as
/// the plain form, with no diagnostic.
/// </summary>
public class LinkedMetaPropertyTests
{
    public enum Rendering { TextCopy, Markdown, TextBrowser, LinkLines }

    public enum Element { Upvotes, Organization, AuthorCount, Date, Comments, GitHub }

    public enum Form { Plain, Inline, Bracketed, Reference, NextLine }

    public enum Prelude { None, EmptyLink, Image }

    /// <summary>How one element is written: its form, what precedes it, and (for <see cref="Form.Bracketed"/>) which brackets.</summary>
    public sealed record Writing(Form Form, Prelude Prelude, int Brackets);

    public sealed record Paper(
        string Title, string Abstract, string Id, int Upvotes, int Authors, string? Handle, string OrganizationName, int Day, int Comments, string? Repository,
        Writing[] Writings);

    public sealed record Document(Rendering Rendering, Paper[] Papers)
    {
        public override string ToString() => $"{Rendering}\n{Render(this)}";
    }

    private static readonly Element[] Elements = Enum.GetValues<Element>();

    private static readonly Gen<string> Word = Gen.String[Gen.Char['a', 'z'], 3, 8];

    private static readonly Gen<string> Name = Word.Array[1, 3].Select(words => string.Join(" ", words.Select(word => char.ToUpperInvariant(word[0]) + word.Substring(1))));

    private static readonly Gen<Writing> Writings =
        from form in Gen.Enum<Form>()
        from prelude in Gen.Frequency((3, Gen.Const(Prelude.None)), (1, Gen.Const(Prelude.EmptyLink)), (1, Gen.Const(Prelude.Image)))
        from brackets in Gen.Int[0, 2]
        select new Writing(form, prelude, brackets);

    private static Gen<Paper> Papers(Rendering rendering) =>
        from title in Name.Select(name => name + " for " + name)
        from summary in Word.Array[12, 40].Select(words => "We " + string.Join(" ", words) + ".")
        from id in Gen.Int[10000, 99999]
        from upvotes in Gen.Int[0, 500]
        from authors in Gen.Int[1, 60]
        from organization in Gen.Bool
        from handle in Word.Select(word => word + "-lab")
        from organizationName in Name
        from day in Gen.Int[1, 28]
        from comments in Gen.Int[0, 30]
        from github in Gen.Bool
        from owner in Word
        from writings in Writings.Array[Elements.Length]
        select Allowed(rendering, new Paper(
            title, summary, "2401." + id.ToString(CultureInfo.InvariantCulture), upvotes, authors, organization ? handle : null, organizationName, day, comments,
            github && rendering != Rendering.TextCopy ? owner + "/" + owner + "-code" : null, writings));

    private static readonly Gen<Document> Documents =
        from rendering in Gen.Enum<Rendering>()
        from papers in Papers(rendering).Array[1, 6]
        select new Document(rendering, papers.DistinctBy(paper => paper.Title).ToArray());

    [Fact]
    public void Every_meta_element_in_every_link_form_reads_as_its_plain_form_in_every_rendering()
    {
        Property.Check("rendered/linked-meta", Documents, 1500, document =>
        {
            var plain = Pipeline.Parse(Render(document with { Papers = [.. document.Papers.Select(paper => Plain(document.Rendering, paper))] }), capturedOn: "2024-12-31");
            var linked = Pipeline.Parse(Render(document), capturedOn: "2024-12-31");

            plain.Diagnostics.ShouldBeEmpty();
            Fields(plain).ShouldBe(document.Papers.Select(paper => Expected(document.Rendering, paper)));
            linked.Diagnostics.ShouldBeEmpty();
            linked.Format.ShouldBe(plain.Format);
            Fields(linked).ShouldBe(Fields(plain));
        });
    }

    /// <summary>Every rendering, element, form and prelude a rendering can carry, one paper each, all other elements plain.</summary>
    public static TheoryData<Rendering, Element, Form> EachForm()
    {
        var data = new TheoryData<Rendering, Element, Form>();
        foreach (var rendering in Enum.GetValues<Rendering>())
        {
            foreach (var element in Elements)
            {
                foreach (var form in Enum.GetValues<Form>().Where(form => CanWrite(rendering, element, form)))
                {
                    data.Add(rendering, element, form);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EachForm))]
    public void Each_element_in_each_form_after_each_prelude_reads_as_its_plain_form(Rendering rendering, Element element, Form form)
    {
        foreach (var prelude in Enum.GetValues<Prelude>())
        {
            foreach (var organization in new[] { false, true })
            {
                var writings = Elements.Select(each => each == element ? new Writing(form, prelude, 1) : PlainWriting(rendering, each)).ToArray();
                var paper = Allowed(rendering, new Paper("A Title for Tests", "We read every meta element in every form.", "2401.00001", 19, 4, organization ? "acme-lab" : null, "Acme Lab", 5, 2,
                    rendering == Rendering.TextCopy ? null : "acme/code", writings));
                var next = Plain(rendering, paper with { Title = "The Next Title", Id = "2401.00002", Upvotes = 3 });
                var document = new Document(rendering, [paper, next]);

                var parsed = Pipeline.Parse(Render(document), capturedOn: "2024-12-31");

                parsed.Diagnostics.Select(diagnostic => $"{diagnostic.Id}@{diagnostic.Position.LineNumber}: {string.Join(" | ", diagnostic.MessageArgs)}")
                    .ShouldBeEmpty($"{prelude}, organisation {organization}:\n{Render(document)}");
                Fields(parsed).ShouldBe([Expected(rendering, paper), Expected(rendering, next)], $"{prelude}, organisation {organization}:\n{Render(document)}");
            }
        }
    }

    /// <summary>The fields a reading gives each entry, in file order.</summary>
    private static IEnumerable<string> Fields(ReadResult parsed) => parsed.Entries.Select(entry =>
        $"{entry.Title} | {entry.Abstract} | upvotes {entry.Upvotes} | authors {entry.AuthorCount} | {entry.Organization?.Handle}/{entry.Organization?.Name} | "
        + $"{entry.PublishedOn} | comments {entry.CommentCount} | {entry.GitHubRepository} {entry.GitHubStars}");

    /// <summary>What the paper's fields are; a text copy keeps no upvote count.</summary>
    private static string Expected(Rendering rendering, Paper paper) =>
        $"{paper.Title} | {paper.Abstract} | upvotes {(rendering == Rendering.TextCopy ? null : paper.Upvotes)} | authors {(paper.Handle is null ? paper.Authors : null)} | "
        + $"{paper.Handle}/{(paper.Handle is null ? null : paper.OrganizationName)} | 2024-03-{paper.Day:00} | comments {paper.Comments} | "
        + $"{paper.Repository} {(paper.Repository is null ? null : 1200)}";

    private static Paper Plain(Rendering rendering, Paper paper) => paper with { Writings = [.. Elements.Select(element => PlainWriting(rendering, element))] };

    /// <summary>An element as the rendering writes it; a GitHub link, which has no plain form, as the rendering links it.</summary>
    private static Writing PlainWriting(Rendering rendering, Element element) =>
        new(element != Element.GitHub ? Form.Plain : rendering == Rendering.LinkLines ? Form.NextLine : Form.Inline, Prelude.None, 0);

    /// <summary>
    /// What a rendering can carry: a text copy has no GitHub line, and no date or author count with the paper's URL on the
    /// next line (a paper URL alone on a line makes the file a link-lines export). A GitHub link needs its URL in the text.
    /// </summary>
    private static bool CanWrite(Rendering rendering, Element element, Form form) => (rendering, element, form) switch
    {
        (_, Element.GitHub, Form.Plain or Form.Reference) => false,
        (Rendering.TextCopy, Element.GitHub, _) => false,
        (Rendering.TextCopy, Element.AuthorCount or Element.Date, Form.NextLine) => false,
        _ => true,
    };

    /// <summary>The paper with each form the rendering cannot carry written in brackets; a comment count written plain or as a reference stands after its date on the date's line, so only after a plain date.</summary>
    private static Paper Allowed(Rendering rendering, Paper paper)
    {
        var writings = paper.Writings.Select((writing, index) => CanWrite(rendering, Elements[index], writing.Form) ? writing : writing with { Form = Form.Bracketed }).ToArray();
        var date = writings[(int)Element.Date];
        var comments = writings[(int)Element.Comments];
        if (date.Form != Form.Plain && comments.Form is Form.Plain or Form.Reference)
        {
            writings[(int)Element.Comments] = comments with { Form = Form.Bracketed };
        }

        return paper with { Writings = writings };
    }

    /// <summary>The document in its rendering.</summary>
    private static string Render(Document document)
    {
        var writer = new Writer(document.Rendering);
        writer.Header();
        foreach (var paper in document.Papers)
        {
            writer.Paper(paper);
        }

        return writer.Text.ToString();
    }

    private sealed class Writer(Rendering rendering)
    {
        private int _reference = 3;

        public StringBuilder Text { get; } = new();

        public void Header()
        {
            Add(rendering == Rendering.TextBrowser ? "[[Hugging Face's logo] Hugging Face][1]\n* [ Models ][2]\nnew" : "new");
            Add("\nGet trending papers in your email inbox!\n\nDaily Papers\n\nby AK and the research community\n\nDec 31\n");
        }

        public void Paper(Paper paper)
        {
            var url = "https://huggingface.co/papers/" + paper.Id;
            var meta = new List<string>();
            Write(paper, Element.Upvotes, meta);
            Add(string.Join("\n", meta));
            meta.Clear();
            if (rendering != Rendering.LinkLines)
            {
                Add(string.Empty); // the upvote count is an item of its own
            }

            switch (rendering)
            {
                case Rendering.TextCopy:
                    Add($"{paper.Title}\n\n{paper.Abstract}\n");
                    break;
                case Rendering.Markdown:
                    Add($"### [{paper.Title}]({url})\n\n[{paper.Abstract}]({url})\n");
                    break;
                case Rendering.TextBrowser:
                    Add($"### [{paper.Title}][{_reference++}]\n\n[\n\n{paper.Abstract}\n\n][{_reference++}]");
                    break;
                default:
                    Add($"{paper.Title}\n{url}\n{paper.Abstract}");
                    break;
            }

            Write(paper, paper.Handle is null ? Element.AuthorCount : Element.Organization, meta);
            meta.Add("·");
            Write(paper, Element.Date, meta);
            if (paper.Comments > 0 && !OnTheDateLine(paper.Writings[(int)Element.Comments].Form))
            {
                Write(paper, Element.Comments, meta);
            }

            if (paper.Repository is not null)
            {
                Write(paper, Element.GitHub, meta);
            }

            Add(string.Join("\n", meta) + "\n");
        }

        /// <summary>One element's lines, after its prelude.</summary>
        private void Write(Paper paper, Element element, List<string> lines)
        {
            var writing = paper.Writings[(int)element];
            var (text, url) = Link(paper, element, writing.Form);
            switch (writing.Prelude)
            {
                case Prelude.EmptyLink:
                    var target = element == Element.Comments ? "https://huggingface.co/papers/" + paper.Id : url;
                    lines.Add(rendering switch
                    {
                        Rendering.TextCopy => $"<{target}>",
                        Rendering.Markdown => $"[]({target})",
                        Rendering.TextBrowser => $"[][{_reference++}]",
                        _ => $" \n{target}",
                    });
                    break;
                case Prelude.Image:
                    lines.Add(rendering switch
                    {
                        Rendering.Markdown => "![](https://cdn-avatars.huggingface.co/v1/avatar.png)",
                        Rendering.TextBrowser => "[IMG]",
                        _ => "\u200B", // a copy keeps nothing of an image but, at times, a zero-width space
                    });
                    break;
            }

            lines.Add(writing.Form switch
            {
                Form.Plain => PlainForm(paper, element, url),
                Form.Inline => $"[{text}]({url})",
                Form.Bracketed => writing.Brackets switch
                {
                    0 => $"{text} <{url}>",
                    1 => $"{text} [{url}]",
                    _ => $"{text} ({url})",
                },
                Form.Reference => $"[{ReferenceText(paper, element, text)}][{_reference++}]",
                _ => $"{text}\n{url}",
            } + (element == Element.Date ? CommentsOnTheDateLine(paper) : string.Empty));
        }

        private static (string Text, string Url) Link(Paper paper, Element element, Form form)
        {
            var paperUrl = "https://huggingface.co/papers/" + paper.Id;
            return element switch
            {
                Element.Upvotes => (Count(paper.Upvotes), $"https://huggingface.co/login?next=%2Fpapers%2F{paper.Id}"),
                Element.Organization => (paper.OrganizationName, "https://huggingface.co/" + paper.Handle),
                Element.AuthorCount => ($"{Count(paper.Authors)} authors", paperUrl),
                Element.Date => ($"Mar {Count(paper.Day)}", paperUrl),
                Element.Comments => (Count(paper.Comments), paperUrl + "#community"),
                _ => ("GitHub 1.2k", "https://github.com/" + paper.Repository),
            };
        }

        /// <summary>A reference keeps its URL elsewhere: an organisation names its handle in its avatar's alt text.</summary>
        private static string ReferenceText(Paper paper, Element element, string text) =>
            element == Element.Organization ? $"[{paper.Handle}] {text}" : text;

        /// <summary>The element as the rendering writes it without our link forms (docs/FORMAT.md, each rendering's table).</summary>
        private string PlainForm(Paper paper, Element element, string url)
        {
            var count = element switch
            {
                Element.Upvotes => Count(paper.Upvotes),
                Element.AuthorCount => Count(paper.Authors),
                _ => Count(paper.Comments),
            };
            return (rendering, element) switch
            {
                (Rendering.TextCopy, Element.Upvotes) => $"[-] {count}",
                (Rendering.Markdown, Element.Upvotes) => $"[{count}]({url})",
                (Rendering.TextBrowser, Element.Upvotes) => $"[\n{count}\n][{_reference++}]",
                (_, Element.Upvotes) => $" [-] {count}\n{url}",
                (Rendering.TextCopy, Element.Organization) => $"{paper.Handle} {paper.OrganizationName}",
                (Rendering.Markdown, Element.Organization) => $"[[{paper.Handle}] {paper.OrganizationName}]({url})",
                (Rendering.TextBrowser, Element.Organization) => $"[[{paper.Handle}] {paper.OrganizationName}][{_reference++}]",
                (_, Element.Organization) => $"{paper.OrganizationName}\n{url}",
                (Rendering.TextCopy, Element.AuthorCount) => $"• {count} authors",
                (Rendering.Markdown, Element.AuthorCount) => $"- {count} authors",
                (Rendering.TextBrowser, Element.AuthorCount) => $"[\n* {count} authors\n][{_reference++}]",
                (_, Element.AuthorCount) => $"[\n{count} authors]({url})",
                (_, Element.Date) => $"Mar {Count(paper.Day)}",
                (_, _) => $"{count}\n{url}", // link lines: the comment count and its URL on lines of their own
            };
        }

        /// <summary>A comment count written plain or as a reference follows its date on the date's line.</summary>
        private string CommentsOnTheDateLine(Paper paper)
        {
            var form = paper.Writings[(int)Element.Comments].Form;
            if (paper.Comments == 0 || !OnTheDateLine(form))
            {
                return string.Empty;
            }

            var count = Count(paper.Comments);
            return (rendering, form) switch
            {
                (Rendering.TextCopy, Form.Plain) => " " + count,
                (Rendering.Markdown, Form.Plain) => $"[{count}](https://huggingface.co/papers/{paper.Id}#community)",
                (_, _) => $" [ {count}][{_reference++}]",
            };
        }

        /// <summary>Link lines write the comment count's URL under it, so even its plain form stands on lines of its own.</summary>
        private bool OnTheDateLine(Form form) => form == Form.Reference || (form == Form.Plain && rendering != Rendering.LinkLines);

        private void Add(string value) => Text.Append(value).Append('\n');

        private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
