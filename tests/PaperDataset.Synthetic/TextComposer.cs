using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PaperDataset.Synthetic;

/// <summary>Fills the templates of <see cref="Vocabulary"/> into titles and abstracts.</summary>
internal static class TextComposer
{
    public const int MinTitleLength = 30;
    public const int MaxTitleLength = 200;
    public const int MinAbstractLength = 600;
    public const int MaxAbstractLength = 2000;

    // The unique name's start must stay well inside the slug the generator keeps (160 characters) and its C# handle (96).
    private const int MaxCodeOffset = 60;

    private const string Consonants = "bdfghjklmnprstvz";
    private const string Vowels = "aeiou";
    private const int SyllableCount = 80; // Consonants.Length * Vowels.Length

    // Declared before the title-case lists below: static fields initialise in textual order.
    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "via", "vs", "with",
    };

    private static readonly string[] TitleMethods = ToTitleCase(Vocabulary.Methods);
    private static readonly string[] TitleTasks = ToTitleCase(Vocabulary.Tasks);
    private static readonly string[] TitleAdjectives = ToTitleCase(Vocabulary.Adjectives);
    private static readonly string[] TitleConcepts = ToTitleCase(Vocabulary.Concepts);

    private static readonly Template[] TitleTemplates = Compile(Vocabulary.TitleTemplates);
    private static readonly Template[] RareTitleTemplates = Compile(Vocabulary.RareTitleTemplates);
    private static readonly Template[] Openings = Compile(Vocabulary.Openings);
    private static readonly Template[] Problems = Compile(Vocabulary.Problems);
    private static readonly Template[] Proposals = Compile(Vocabulary.Proposals);
    private static readonly Template[] Details = Compile(Vocabulary.Details);
    private static readonly Template[] Results = Compile(Vocabulary.Results);
    private static readonly Template[] Latex = Compile(Vocabulary.Latex);
    private static readonly Template[] NonAscii = Compile(Vocabulary.NonAscii);
    private static readonly Template[] Closings = Compile(Vocabulary.Closings);

    private enum Slot
    {
        Code, Method, Method2, Task, Task2, Adj, Concept, Issue, Dataset, Metric, Pct, Num, Mult, Baseline, Url, Page, Verb, Thing,
        Rate, Greek, Emoji, Cjk,
    }

    /// <summary>The words one paper keeps throughout its title and abstract.</summary>
    public sealed class Topic
    {
        public Topic(Prng rng, int index, ulong nameOffset)
        {
            CodeBase = CodeWord(index, nameOffset);
            Stem = Style(rng, CodeBase);
            Code = Stem + rng.Pick(Vocabulary.CodeSuffixes);
            Method = rng.Next(Vocabulary.Methods.Length);
            Task = rng.Next(Vocabulary.Tasks.Length);
            Owner = rng.Pick(Vocabulary.GitHubOwners);
        }

        /// <summary>The unique lower-case word derived from the paper's index.</summary>
        public string CodeBase { get; }

        /// <summary>The styled word without a suffix, used for repository names.</summary>
        public string Stem { get; }

        /// <summary>The name as written: styled, perhaps with a suffix such as <c>-7B</c>.</summary>
        public string Code { get; }

        public int Method { get; }

        public int Task { get; }

        public string Owner { get; }
    }

    /// <summary>
    /// A word of consonant-vowel syllables, one per digit of <paramref name="index"/> + offset in bijective base 80:
    /// distinct numbers give distinct words, and at least three syllables keep it clear of ordinary vocabulary.
    /// </summary>
    public static string CodeWord(int index, ulong offset)
    {
        var n = (ulong)index + (ulong)(SyllableCount * SyllableCount) + SyllableCount + 1 + offset;
        Span<char> buffer = stackalloc char[32];
        var length = 0;
        while (n > 0)
        {
            // Least significant digit first, so neighbouring papers differ in their first syllable.
            n--;
            var digit = (int)(n % SyllableCount);
            n /= SyllableCount;
            buffer[length++] = Consonants[digit / Vowels.Length];
            buffer[length++] = Vowels[digit % Vowels.Length];
        }

        return new string(buffer[..length]);
    }

    private static string Style(Prng rng, string word)
    {
        var roll = rng.Next(10);
        if (roll < 6)
        {
            return char.ToUpperInvariant(word[0]) + word[1..];
        }

        if (roll < 8)
        {
            return word.ToUpperInvariant();
        }

        var builder = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            builder.Append(i % 2 == 0 ? char.ToUpperInvariant(word[i]) : word[i]);
        }

        return builder.ToString();
    }

    /// <summary>One title attempt; null when it breaks a rule (too long or short, name too far in), so the caller retries.</summary>
    public static string? TryTitle(Prng rng, Topic topic)
    {
        var template = rng.Chance(0.04) ? rng.Pick(RareTitleTemplates) : rng.Pick(TitleTemplates);
        var builder = new StringBuilder(128);
        Expand(builder, template, rng, topic, title: true);
        if (builder.Length < MinTitleLength)
        {
            builder.Append(" for ").Append(TitleTasks[rng.Next(TitleTasks.Length)]);
        }

        var title = builder.ToString();
        var codeAt = title.IndexOf(topic.Code, StringComparison.Ordinal);
        return title.Length is < MinTitleLength or > MaxTitleLength || codeAt < 0 || codeAt > MaxCodeOffset ? null : title;
    }

    /// <summary>Writes an abstract of 600 to 2,000 characters into <paramref name="builder"/> (cleared first).</summary>
    public static void Abstract(Prng rng, Topic topic, StringBuilder builder)
    {
        builder.Clear();
        var target = rng.Between(MinAbstractLength + 60, MaxAbstractLength - 200);
        Sentence(builder, rng.Pick(Openings), rng, topic);
        Sentence(builder, rng.Pick(Problems), rng, topic);
        if (rng.Chance(0.3))
        {
            Sentence(builder, rng.Pick(Problems), rng, topic);
        }

        Sentence(builder, rng.Pick(Proposals), rng, topic);
        ulong used = 0;
        while (builder.Length < target - 60)
        {
            var roll = rng.Next(100);
            var (pool, offset) = roll < 45 ? (Details, 0) : roll < 87 ? (Results, 20) : roll < 95 ? (Latex, 40) : (NonAscii, 50);
            var pick = rng.Next(pool.Length);
            if ((used & (1UL << (offset + pick))) != 0)
            {
                pick = rng.Next(pool.Length); // one redraw makes repeats rare without ever looping
            }

            used |= 1UL << (offset + pick);
            if (!Sentence(builder, pool[pick], rng, topic))
            {
                break;
            }
        }

        if (rng.Chance(0.6))
        {
            Sentence(builder, rng.Pick(Closings), rng, topic);
        }
    }

    /// <summary>Appends one sentence (with a separating space) unless it would pass the length limit.</summary>
    private static bool Sentence(StringBuilder builder, Template template, Prng rng, Topic topic)
    {
        var start = builder.Length;
        if (start > 0)
        {
            builder.Append(' ');
        }

        Expand(builder, template, rng, topic, title: false);
        if (builder.Length <= MaxAbstractLength)
        {
            return true;
        }

        builder.Length = start;
        return false;
    }

    private static void Expand(StringBuilder builder, Template template, Prng rng, Topic topic, bool title)
    {
        foreach (var part in template.Parts)
        {
            if (part.Literal is not null)
            {
                builder.Append(part.Literal);
                continue;
            }

            switch (part.Slot)
            {
                case Slot.Pct:
                    AppendTenths(builder, rng.Between(5, 999));
                    break;
                case Slot.Num:
                    AppendNumber(builder, rng.Between(2, 64));
                    break;
                case Slot.Mult:
                    if (rng.Chance(0.5))
                    {
                        AppendNumber(builder, rng.Between(2, 20));
                    }
                    else
                    {
                        AppendTenths(builder, rng.Between(11, 99));
                    }

                    builder.Append('x');
                    break;
                case Slot.Url:
                    builder.Append("https://github.com/").Append(topic.Owner).Append('/').Append(topic.Stem);
                    break;
                case Slot.Page:
                    builder.Append("https://").Append(topic.CodeBase).Append(".github.io/");
                    break;
                default:
                    // Title lists are already in title case ("On the Role of ..."); only a title's first word needs a capital.
                    var value = Fill(part.Slot, rng, topic, title);
                    var capitalize = part.Capitalize && (!title || builder.Length == 0);
                    if (capitalize && value.Length > 0 && char.IsLower(value[0]))
                    {
                        builder.Append(char.ToUpperInvariant(value[0])).Append(value, 1, value.Length - 1);
                    }
                    else
                    {
                        builder.Append(value);
                    }

                    break;
            }
        }
    }

    private static string Fill(Slot slot, Prng rng, Topic topic, bool title) => slot switch
    {
        Slot.Code => topic.Code,
        Slot.Method => (title ? TitleMethods : Vocabulary.Methods)[topic.Method],
        Slot.Method2 => rng.Pick(title ? TitleMethods : Vocabulary.Methods),
        Slot.Task => (title ? TitleTasks : Vocabulary.Tasks)[topic.Task],
        Slot.Task2 => rng.Pick(title ? TitleTasks : Vocabulary.Tasks),
        Slot.Adj => rng.Pick(title ? TitleAdjectives : Vocabulary.Adjectives),
        Slot.Concept => rng.Pick(title ? TitleConcepts : Vocabulary.Concepts),
        Slot.Issue => rng.Pick(Vocabulary.Issues),
        Slot.Dataset => rng.Pick(Vocabulary.Datasets),
        Slot.Metric => rng.Pick(Vocabulary.Metrics),
        Slot.Baseline => rng.Pick(Vocabulary.Baselines),
        Slot.Verb => rng.Pick(Vocabulary.VerbPhrases),
        Slot.Thing => rng.Pick(Vocabulary.Things),
        Slot.Rate => rng.Pick(Vocabulary.Rates),
        Slot.Greek => rng.Pick(Vocabulary.Greek),
        Slot.Emoji => rng.Pick(Vocabulary.Emoji),
        Slot.Cjk => rng.Pick(Vocabulary.Cjk),
        _ => throw new InvalidOperationException("unknown slot " + slot),
    };

    private static void AppendTenths(StringBuilder builder, int value)
    {
        AppendNumber(builder, value / 10);
        builder.Append('.').Append((char)('0' + (value % 10)));
    }

    // Digits by hand: no culture, no allocation.
    private static void AppendNumber(StringBuilder builder, int value)
    {
        if (value >= 10)
        {
            AppendNumber(builder, value / 10);
        }

        builder.Append((char)('0' + (value % 10)));
    }

    /// <summary>Capitalises every word (and every hyphen-joined part after the first) except short function words.</summary>
    private static string[] ToTitleCase(string[] phrases)
    {
        var result = new string[phrases.Length];
        for (var i = 0; i < phrases.Length; i++)
        {
            var words = phrases[i].Split(' ');
            for (var w = 0; w < words.Length; w++)
            {
                if (SmallWords.Contains(words[w]))
                {
                    continue;
                }

                var parts = words[w].Split('-', '–');
                for (var p = 0; p < parts.Length; p++)
                {
                    if (parts[p].Length > 0 && (p == 0 || !SmallWords.Contains(parts[p])))
                    {
                        parts[p] = char.ToUpperInvariant(parts[p][0]) + parts[p][1..];
                    }
                }

                var rebuilt = new StringBuilder(words[w].Length);
                var at = 0;
                for (var p = 0; p < parts.Length; p++)
                {
                    rebuilt.Append(parts[p]);
                    at += parts[p].Length;
                    if (at < words[w].Length)
                    {
                        rebuilt.Append(words[w][at++]); // the hyphen or dash that separated the parts
                    }
                }

                words[w] = rebuilt.ToString();
            }

            result[i] = string.Join(' ', words);
        }

        return result;
    }

    private static Template[] Compile(string[] sources)
    {
        var templates = new Template[sources.Length];
        for (var i = 0; i < sources.Length; i++)
        {
            templates[i] = Template.Parse(sources[i]);
        }

        return templates;
    }

    private readonly record struct Part(string? Literal, Slot Slot, bool Capitalize);

    private sealed class Template
    {
        private Template(Part[] parts) => Parts = parts;

        public Part[] Parts { get; }

        public static Template Parse(string source)
        {
            var parts = new List<Part>();
            var literalStart = 0;
            for (var i = 0; i < source.Length; i++)
            {
                if (source[i] != '<')
                {
                    continue;
                }

                var end = source.IndexOf('>', i);
                if (end < 0)
                {
                    throw new InvalidOperationException("unclosed slot in template: " + source);
                }

                if (i > literalStart)
                {
                    parts.Add(new Part(source[literalStart..i], default, false));
                }

                var name = source[(i + 1)..end];
                if (!Enum.TryParse<Slot>(name, ignoreCase: true, out var slot))
                {
                    throw new InvalidOperationException("unknown slot <" + name + "> in template: " + source);
                }

                parts.Add(new Part(null, slot, char.IsUpper(name[0])));
                literalStart = end + 1;
                i = end;
            }

            if (literalStart < source.Length)
            {
                parts.Add(new Part(source[literalStart..], default, false));
            }

            return new Template(parts.ToArray());
        }
    }
}
