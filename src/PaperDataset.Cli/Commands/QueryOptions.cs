using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;
using PaperDataset.Cli.Cli;
using PaperDataset.Cli.Query;

namespace PaperDataset.Cli.Commands;

/// <summary>The search text and filters that <c>search</c> and <c>export</c> share, and their binding to a <see cref="PaperQuery"/>.</summary>
internal sealed class QueryOptions
{
    private readonly int? _defaultLimit;

    public QueryOptions(string defaultSort, int? defaultLimit)
    {
        _defaultLimit = defaultLimit;
        Text.Validators.Add(ValidateText);
        Sort = Options.Choice(
            "--sort",
            "Order: date (newest first), comments (most first), title, or id (catalogue order).",
            ["date", "comments", "title", "id"],
            defaultSort);
        if (defaultLimit is { } limit)
        {
            Limit.DefaultValueFactory = _ => limit;
        }
    }

    public Argument<string[]> Text { get; } = new("text")
    {
        Arity = ArgumentArity.ZeroOrMore,
        Description = "Words and \"quoted phrases\" that must all appear (whole words, any case; end a word with * to match it as a prefix).",
    };

    public Option<string> In { get; } = Options.Choice("--in", "Where to look for the text.", ["all", "title", "abstract"], "all");

    public Option<DateBound?> Since { get; } = DateOption("--since", "Only papers published on or after this date (a year or month means its first day).");

    public Option<DateBound?> Until { get; } = DateOption("--until", "Only papers published on or before this date (a year or month means its last day).");

    public Option<int?> MinComments { get; } = Options.Count("--min-comments", "Only papers with at least N comments.");

    public Option<string?> Org { get; } = new("--org")
    {
        Description = "Only papers submitted under this organisation handle (any case).",
        HelpName = "HANDLE",
    };

    public Option<int?> Limit { get; } = Options.Count("--limit", "At most N papers; 0 for no limit.", "-n");

    public Option<string> Sort { get; }

    public void AddTo(Command command)
    {
        command.Arguments.Add(Text);
        command.Options.Add(In);
        command.Options.Add(Since);
        command.Options.Add(Until);
        command.Options.Add(MinComments);
        command.Options.Add(Org);
        command.Options.Add(Limit);
        command.Options.Add(Sort);
        command.Validators.Add(ValidateRange);
    }

    /// <summary>Whether any filter (not just ordering or a limit) was given.</summary>
    public bool HasFilter(ParseResult result) =>
        (result.GetValue(Text)?.Length ?? 0) > 0
        || result.GetValue(Since) is not null
        || result.GetValue(Until) is not null
        || result.GetValue(MinComments) is not null
        || result.GetValue(Org) is not null;

    public PaperQuery Bind(ParseResult result)
    {
        var org = result.GetValue(Org);
        if (org is not null && !Papers.All.Any(p => string.Equals(p.Organization?.Handle, org, StringComparison.OrdinalIgnoreCase)))
        {
            var known = Papers.All.Where(p => p.Organization is not null).Select(p => p.Organization!.Handle)
                .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase);
            throw new UsageException($"no paper is from the organisation '{org}'. Known handles: {string.Join(", ", known)}.");
        }

        var limit = result.GetValue(Limit) ?? _defaultLimit;
        return new PaperQuery
        {
            Text = SearchExpression.Parse(SearchExpression.JoinTokens(result.GetValue(Text) ?? [])),
            Field = result.GetValue(In) switch
            {
                "title" => SearchField.Title,
                "abstract" => SearchField.Abstract,
                _ => SearchField.All,
            },
            Since = result.GetValue(Since)?.First,
            Until = result.GetValue(Until)?.Last,
            MinComments = result.GetValue(MinComments),
            Organization = org,
            Limit = limit is null or 0 ? null : limit,
            Sort = result.GetValue(Sort) switch
            {
                "date" => PaperSort.Date,
                "comments" => PaperSort.Comments,
                "title" => PaperSort.Title,
                _ => PaperSort.Id,
            },
        };
    }

    private static Option<DateBound?> DateOption(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "yyyy[-mm[-dd]]",
        CustomParser = result =>
        {
            var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (DateBound.TryParse(token, out var bound))
            {
                return bound;
            }

            result.AddError($"{name} expects a date as {DateBound.Formats}, not '{token}'.");
            return null;
        },
    };

    private static void ValidateText(ArgumentResult result)
    {
        foreach (var token in result.Tokens.Select(t => t.Value))
        {
            // An unknown option would otherwise be searched for as text; words never start with '-'.
            if (token.Length > 1 && token[0] == '-' && !token.Contains(' '))
            {
                var suggestion = result.Parent is CommandResult parent ? UsageErrors.ClosestName(parent.Command, token) : null;
                result.AddError(suggestion is null
                    ? $"unknown option '{token}'."
                    : $"unknown option '{token}'. Did you mean '{suggestion}'?");
            }
        }

        if (result.Tokens.Count > 0 && SearchExpression.Parse(SearchExpression.JoinTokens(result.Tokens.Select(t => t.Value))).IsEmpty)
        {
            result.AddError("the search text has no words to look for (letters or digits).");
        }
    }

    private void ValidateRange(CommandResult result)
    {
        // Read the tokens rather than the values: a malformed date already has its own error.
        if (Bound(result, Since) is { } since && Bound(result, Until) is { } until && since.First > until.Last)
        {
            result.AddError($"--since ({since.First:yyyy-MM-dd}) is after --until ({until.Last:yyyy-MM-dd}).");
        }
    }

    private static DateBound? Bound(CommandResult result, Option<DateBound?> option) =>
        result.GetResult(option) is { Tokens: [{ } token, ..] } && DateBound.TryParse(token.Value, out var bound) ? bound : null;
}
