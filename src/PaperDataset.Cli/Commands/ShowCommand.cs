using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using System.Text;
using PaperDataset.Cli.Catalogue;
using PaperDataset.Cli.Cli;
using PaperDataset.Cli.Output;

namespace PaperDataset.Cli.Commands;

/// <summary><c>papers show</c>: one paper in full, found by id or title.</summary>
internal static class ShowCommand
{
    /// <summary>How many papers an ambiguous id prefix lists before "... and N more".</summary>
    public const int MaxCandidates = 20;

    public static readonly IReadOnlyList<string> Examples =
    [
        "papers show yolov9-learning-what-you-want-to-learn-using-programmable-gradient-information",
        "papers show \"YOLOv9: Learning What You Want to Learn Using Programmable Gradient Information\"",
        "papers show yolov9",
        "papers show https://arxiv.org/abs/2407.21783",
    ];

    public static Command Create(CliContext context)
    {
        var idOrTitle = new Argument<string>("id-or-title")
        {
            Description = "A paper id (as search prints it), its title, the start of an id that only one paper has, or its arXiv id, Hub page or arXiv page (2407.21783, https://huggingface.co/papers/2407.21783, https://arxiv.org/abs/2407.21783v2).",
        };
        var command = new Command("show", "Show one paper in full: every field, the abstract, its links and where it was seen.");
        command.Arguments.Add(idOrTitle);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var text = parseResult.GetValue(idOrTitle) ?? string.Empty;
            var catalogue = await context.LoadAsync(parseResult, cancellationToken).ConfigureAwait(false);
            var lookup = new PaperLookup(catalogue.Papers);
            var found = lookup.Find(text);
            if (found.IsAmbiguous)
            {
                throw new UsageException(AmbiguousMessage(text, found.Candidates));
            }

            Write(context.CreateOutput(parseResult), found.Paper ?? throw new UsageException(NotFoundMessage(lookup, text)));
            return 0;
        });
        return command;
    }

    public static void Write(IOutput output, Paper paper)
    {
        output.Fields(
        [
            new("Title", paper.Title),
            new("Id", paper.Id.Value, KeepWhole: true),
            new("Published", Format.Date(paper.PublishedOn)),
            new("Authors", Format.Number(paper.AuthorCount)),
            new("Organisation", paper.Organization is { } org ? $"{org.Handle} ({org.Name})" : null),
            new("Comments", Format.Number(paper.CommentCount)),
        ]);
        var hub = HubFields(paper);
        if (hub.Count > 0)
        {
            output.Fields(hub);
        }

        output.Paragraph("Abstract", paper.Abstract);
        if (paper.AiSummary is { } summary)
        {
            output.Paragraph("AI summary", summary);
        }

        var links = Links.In(paper.Abstract);
        if (links.Count > 0)
        {
            output.Fields(links.Select(link => new OutputField("Link", link, KeepWhole: true)).ToList());
        }

        output.Table(new OutputTable(
            "Seen in",
            [new("File"), new("Line", Align.Right), new("Captured")],
            paper.Sources.Select(s => (IReadOnlyList<string?>)[s.FileName, Format.Number(s.Line), Format.Date(s.CapturedOn)]).ToList()));
    }

    /// <summary>What only the Hub's data shows; browser text copies have none of it, so their papers show nothing more.</summary>
    private static List<OutputField> HubFields(Paper paper)
    {
        var fields = new List<OutputField>();
        void Add(string name, string? value, bool keepWhole = false)
        {
            if (value is not null)
            {
                fields.Add(new OutputField(name, value, keepWhole));
            }
        }

        void AddList(string name, IReadOnlyList<string> items)
        {
            if (items.Count > 0)
            {
                fields.Add(OutputField.List(name, items));
            }
        }

        Add("arXiv", paper.ArxivId, keepWhole: true);
        Add("Hub", paper.HuggingFaceUrl?.AbsoluteUri, keepWhole: true);
        Add("arXiv page", paper.ArxivUrl?.AbsoluteUri, keepWhole: true);
        Add("Submitted", paper.SubmittedOn is null ? null : Format.Date(paper.SubmittedOn));
        Add("Upvotes", paper.Upvotes is null ? null : Format.Number(paper.Upvotes));
        AddList("Author list", paper.Authors.IsDefault ? [] : paper.Authors.Select(author => author.Name).ToList());
        Add("GitHub", paper.GitHubRepository, keepWhole: true);
        Add("Stars", paper.GitHubStars is null ? null : Format.Number(paper.GitHubStars));
        Add("Project page", paper.ProjectPage, keepWhole: true);
        AddList("Keywords", paper.Keywords.IsDefault ? [] : paper.Keywords);
        return fields;
    }

    public static string AmbiguousMessage(string text, IReadOnlyList<Paper> candidates)
    {
        var message = new StringBuilder($"'{text.Trim()}' is the start of {Format.Number(candidates.Count)} ids:");
        AppendPapers(message, candidates.Take(MaxCandidates));
        if (candidates.Count > MaxCandidates)
        {
            message.AppendLine().Append($"  ... and {Format.Number(candidates.Count - MaxCandidates)} more.");
        }

        return message.AppendLine().Append("Give more of the id, or the whole title.").ToString();
    }

    public static string NotFoundMessage(PaperLookup lookup, string text)
    {
        if (ArxivReference.TryParse(text, out var arxivId))
        {
            // Only papers read from the Hub's data have arXiv ids; the words of a URL would suggest nothing useful.
            return $"no paper has the arXiv id {arxivId}. To add it: 'papers fetch --paper {arxivId} -o DIR', then 'papers show {arxivId} --source DIR'.";
        }

        var message = new StringBuilder($"no paper has the id or title '{text}'.");
        var suggestions = lookup.Suggest(text);
        if (suggestions.Count > 0)
        {
            message.AppendLine().Append("Did you mean:");
            AppendPapers(message, suggestions);
        }
        else
        {
            message.AppendLine().Append("Try 'papers search WORDS' to find its id.");
        }

        return message.ToString();
    }

    private static void AppendPapers(StringBuilder message, IEnumerable<Paper> papers)
    {
        foreach (var paper in papers)
        {
            message.AppendLine().Append("  ").Append(paper.Id.Value).Append("  (").Append(paper.Title).Append(')');
        }
    }
}
