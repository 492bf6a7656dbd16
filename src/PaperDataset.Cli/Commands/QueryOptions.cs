using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Collections.Generic;
using System.Linq;
using PaperDataset.Cli.Cli;
using PaperDataset.Cli.Query;

namespace PaperDataset.Cli.Commands;

/// <summary>The search text and filters that <c>search</c> and <c>export</c> share, and their binding to a <see cref="PaperQuery"/>.</summary>
internal sealed class QueryOptions
{
    private readonly PaperSort _sortWithoutText;
    private readonly PaperSort _sortWithText;
    private readonly int? _defaultLimit;

    /// <param name="sortWithoutText">The order when neither <c>--sort</c> nor search text is given.</param>
    /// <param name="sortWithText">The order when search text is given without <c>--sort</c>.</param>
    /// <param name="defaultLimit">The page size without <c>--limit</c>; null for all.</param>
    public QueryOptions(PaperSort sortWithoutText, PaperSort sortWithText, int? defaultLimit)
    {
        _sortWithoutText = sortWithoutText;
        _sortWithText = sortWithText;
        _defaultLimit = defaultLimit;
        Text.Validators.Add(ValidateText);
        var defaultOrder = sortWithText == sortWithoutText
            ? Name(sortWithText)
            : $"{Name(sortWithText)} with search text, else {Name(sortWithoutText)}";
        Sort = Options.Choice(
            "--sort",
            $"Order: relevance (best match first), date (newest first), comments (most first), upvotes (most first), title, or id (catalogue order). Default: {defaultOrder}.",
            Enum.GetValues<PaperSort>().Select(Name).ToArray(),
            defaultValue: null);
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
        Description = "Only papers submitted under this organisation: its handle or its display name (any case).",
        HelpName = "NAME",
    };

    public Option<int?> Limit { get; } = Options.Count("--limit", "At most N papers; 0 for no limit.", "-n");

    public Option<int?> Offset { get; } = Options.Count("--offset", "Skip the first N papers (with --limit, shows the next page).");

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
        command.Options.Add(Offset);
        command.Options.Add(Sort);
        command.Validators.Add(ValidateRange);
    }

    /// <summary>The query the command line asks for; an organisation no paper of <paramref name="catalogue"/> is from is a usage error.</summary>
    public PaperQuery Bind(ParseResult result, IReadOnlyList<Paper> catalogue)
    {
        var org = result.GetValue(Org);
        if (org is not null && !catalogue.Any(p => PaperQuery.IsFrom(p, org)))
        {
            var known = catalogue.Select(p => p.Organization).OfType<PaperOrganization>()
                .DistinctBy(o => o.Handle, StringComparer.OrdinalIgnoreCase)
                .OrderBy(o => o.Handle, StringComparer.OrdinalIgnoreCase)
                .Select(o => $"{o.Handle} ({o.Name})");
            throw new UsageException($"no paper is from the organisation '{org}'. Known organisations: {string.Join(", ", known)}.");
        }

        var text = SearchExpression.Parse(SearchExpression.JoinTokens(result.GetValue(Text) ?? []));
        var limit = result.GetValue(Limit) ?? _defaultLimit;
        var sort = result.GetValue(Sort);
        return new PaperQuery
        {
            Text = text,
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
            Offset = result.GetValue(Offset) ?? 0,
            Limit = limit is null or 0 ? null : limit,
            Sort = string.IsNullOrEmpty(sort)
                ? text.IsEmpty ? _sortWithoutText : _sortWithText
                : Enum.GetValues<PaperSort>().Single(s => Name(s) == sort),
        };
    }

    private static string Name(PaperSort sort) => sort.ToString().ToLowerInvariant();

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
