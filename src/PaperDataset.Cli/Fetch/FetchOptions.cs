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

    /// <summary>The slowest rate other than none: one request every 1,000 seconds, so the pause between two is a duration a timer can wait.</summary>
    public const double MinRate = 0.001;

    /// <summary>The attempt timeout's bounds: Polly's timeout strategy accepts 10 ms to one day.</summary>
    public const double MinTimeoutSeconds = 0.01;

    public const double MaxTimeoutSeconds = 86_400;

    /// <summary>A number of requests per second, 0 for no limit.</summary>
    public static Option<double> Rate() => new("--rate")
    {
        Description = $"At most N requests a second, retries included (0: no limit; else at least {MinRate.ToString(CultureInfo.InvariantCulture)}).",
        HelpName = "N",
        DefaultValueFactory = _ => 2,
        CustomParser = result => Parse<double?>(result, "--rate", $"a number of requests a second, 0 or from {MinRate.ToString(CultureInfo.InvariantCulture)}", token =>
            Number(token) is { } rate && (rate == 0 || rate >= MinRate) ? rate : null) ?? 0,
    };

    public static Option<double> Timeout() => new("--timeout")
    {
        Description = "Give up an attempt (and retry) when no complete response came within this many seconds.",
        HelpName = "SECONDS",
        DefaultValueFactory = _ => 30,
        CustomParser = result => Parse<double?>(
            result,
            "--timeout",
            $"a number of seconds from {MinTimeoutSeconds.ToString(CultureInfo.InvariantCulture)} to {MaxTimeoutSeconds.ToString(CultureInfo.InvariantCulture)}",
            token => Number(token) is { } seconds and >= MinTimeoutSeconds and <= MaxTimeoutSeconds ? seconds : null) ?? 0,
    };

    /// <summary>A finite decimal number, 0 or more ("Infinity" and "NaN" are not numbers of seconds or requests).</summary>
    private static double? Number(string token) =>
        double.TryParse(token, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;

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
