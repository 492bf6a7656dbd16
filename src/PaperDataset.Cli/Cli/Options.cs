using System;
using System.CommandLine;
using System.Globalization;
using System.Linq;

namespace PaperDataset.Cli.Cli;

/// <summary>Options whose bad values produce one clear message ("--limit expects …, not 'x'.").</summary>
internal static class Options
{
    /// <summary>A whole number, 0 or more; null when the option is not given.</summary>
    public static Option<int?> Count(string name, string description, params string[] aliases) => new(name, aliases)
    {
        Description = description,
        HelpName = "N",
        CustomParser = result =>
        {
            var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            result.AddError($"{name} expects a whole number, 0 or more, not '{token}'.");
            return null;
        },
    };

    /// <summary>A day, <c>yyyy-mm-dd</c>, that exists (not 2025-02-30); null when the option is not given.</summary>
    public static Option<DateOnly?> Date(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "yyyy-mm-dd",
        CustomParser = result =>
        {
            var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (DateOnly.TryParseExact(token, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            result.AddError($"{name} expects a date yyyy-mm-dd, not '{token}'.");
            return null;
        },
    };

    /// <summary>One of a fixed set of words, compared ignoring case and returned in lower case.</summary>
    public static Option<string> Choice(string name, string description, string[] choices, string? defaultValue, params string[] aliases)
    {
        var option = new Option<string>(name, aliases)
        {
            Description = description,
            HelpName = string.Join('|', choices),
            CustomParser = result =>
            {
                var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                var choice = choices.FirstOrDefault(c => string.Equals(c, token, StringComparison.OrdinalIgnoreCase));
                if (choice is null)
                {
                    result.AddError($"{name} expects one of {string.Join(", ", choices)}, not '{token}'.");
                    return string.Empty;
                }

                return choice;
            },
        };
        option.CompletionSources.Add(choices);
        if (defaultValue is not null)
        {
            option.DefaultValueFactory = _ => defaultValue;
        }

        return option;
    }
}
