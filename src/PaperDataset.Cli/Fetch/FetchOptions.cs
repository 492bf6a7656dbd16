using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace PaperDataset.Cli.Fetch;

/// <summary>The options of <c>papers fetch</c> whose values are checked while parsing, so a bad one is a usage error with one clear message.</summary>
internal static partial class FetchOptions
{
    public static Option<DateOnly?> Date(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "yyyy-mm-dd",
        CustomParser = result => Parse<DateOnly?>(result, name, "a date yyyy-mm-dd", token =>
            DateOnly.TryParseExact(token, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null),
    };

    /// <summary>An ISO week, <c>2025-W45</c>, that exists in its year.</summary>
    public static Option<string?> Week() => new("--week")
    {
        Description = "Save the daily lists of an ISO week in one request series (the API's week parameter).",
        HelpName = "yyyy-Www",
        CustomParser = result => Parse<string>(result, "--week", "an ISO week like 2025-W45", token =>
        {
            var match = IsoWeek().Match(token);
            return match.Success
                && int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) is var week and >= 1
                && week <= ISOWeek.GetWeeksInYear(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture))
                ? token
                : null;
        }),
    };

    public static Option<string?> Month() => new("--month")
    {
        Description = "Save the daily lists of a month in one request series (the API's month parameter).",
        HelpName = "yyyy-mm",
        CustomParser = result => Parse<string>(result, "--month", "a month like 2025-11", token => YearMonth().IsMatch(token) ? token : null),
    };

    /// <summary>arXiv ids of the current scheme, the only ids Daily Papers uses; anything else could not name a file safely.</summary>
    public static Option<string[]> Papers() => new("--paper")
    {
        Description = "Save one paper (/api/papers/ID); repeatable.",
        HelpName = "arXiv id",
        AllowMultipleArgumentsPerToken = false,
        CustomParser = result =>
        {
            var bad = result.Tokens.Select(t => t.Value).FirstOrDefault(t => !ArxivId().IsMatch(t));
            if (bad is not null)
            {
                result.AddError($"--paper expects an arXiv id like 2403.12345, not '{bad}'.");
            }

            return result.Tokens.Select(t => t.Value).ToArray();
        },
    };

    /// <summary>A number of requests per second, 0 for no limit.</summary>
    public static Option<double> Rate() => new("--rate")
    {
        Description = "At most N requests a second, retries included (0: no limit).",
        HelpName = "N",
        DefaultValueFactory = _ => 2,
        CustomParser = result => Parse<double?>(result, "--rate", "a number of requests a second, 0 or more", token =>
            double.TryParse(token, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rate) ? rate : (double?)null) ?? 0,
    };

    public static Option<double> Timeout() => new("--timeout")
    {
        Description = "Give up an attempt (and retry) when no complete response came within this many seconds.",
        HelpName = "SECONDS",
        DefaultValueFactory = _ => 30,
        CustomParser = result => Parse<double?>(result, "--timeout", "a number of seconds above 0", token =>
            double.TryParse(token, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 ? seconds : (double?)null) ?? 0,
    };

    private static T? Parse<T>(ArgumentResult result, string name, string expected, Func<string, T?> parse)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        var value = parse(token);
        if (value is null)
        {
            result.AddError($"{name} expects {expected}, not '{token}'.");
        }

        return value;
    }

    [GeneratedRegex(@"^([0-9]{4})-W([0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoWeek();

    [GeneratedRegex(@"^[0-9]{4}-(0[1-9]|1[0-2])$", RegexOptions.CultureInvariant)]
    private static partial Regex YearMonth();

    [GeneratedRegex(@"^[0-9]{4}\.[0-9]{4,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex ArxivId();
}
