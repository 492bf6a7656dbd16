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
    public static readonly IReadOnlyList<string> Examples =
    [
        "papers show yolov9-learning-what-you-want-to-learn-using-programmable-gradient-information",
        "papers show \"YOLOv9: Learning What You Want to Learn Using Programmable Gradient Information\"",
        "papers show yolov9",
    ];

    public static Command Create(CliContext context)
    {
        var idOrTitle = new Argument<string>("id-or-title")
        {
            Description = "A paper id (as search prints it), its title, or the start of an id that only one paper has.",
        };
        var command = new Command("show", "Show one paper in full: every field, the abstract, its links and where it was seen.");
        command.Arguments.Add(idOrTitle);
        command.SetAction(parseResult =>
        {
            var text = parseResult.GetValue(idOrTitle) ?? string.Empty;
            var paper = PaperLookup.Find(text) ?? throw new UsageException(NotFoundMessage(text));
            Write(context.CreateOutput(parseResult), paper);
            return 0;
        });
        return command;
    }

    public static void Write(IOutput output, Paper paper)
    {
        output.Fields(
        [
            new("Title", paper.Title),
            new("Id", paper.Id.Value),
            new("Published", Format.Date(paper.PublishedOn)),
            new("Authors", Format.Number(paper.AuthorCount)),
            new("Organisation", paper.Organization is { } org ? $"{org.Handle} ({org.Name})" : null),
            new("Comments", Format.Number(paper.CommentCount)),
        ]);
        output.Paragraph("Abstract", paper.Abstract);

        var links = Links.In(paper.Abstract);
        if (links.Count > 0)
        {
            output.Fields(links.Select(link => new OutputField("Link", link)).ToList());
        }

        output.Table(new OutputTable(
            "Seen in",
            [new("File"), new("Line", Align.Right), new("Captured")],
            paper.Sources.Select(s => (IReadOnlyList<string?>)[s.FileName, Format.Number(s.Line), Format.Date(s.CapturedOn)]).ToList()));
    }

    public static string NotFoundMessage(string text)
    {
        var message = new StringBuilder($"no paper has the id or title '{text}'.");
        var suggestions = PaperLookup.Suggest(text);
        if (suggestions.Count > 0)
        {
            message.AppendLine().Append("Did you mean:");
            foreach (var paper in suggestions)
            {
                message.AppendLine().Append("  ").Append(paper.Id.Value).Append("  (").Append(paper.Title).Append(')');
            }
        }
        else
        {
            message.AppendLine().Append("Try 'papers search WORDS' to find its id.");
        }

        return message.ToString();
    }
}
