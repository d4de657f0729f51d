using System.Diagnostics;
using System.Globalization;
using Directory.Api.ReferenceData;
using Directory.Api.Search;
using SearchEngines;

// Usage: dotnet run -c Release --project bench/SearchEngines -- [sizes…] [--iterations N]
// Prints a Markdown table: per size, engine and q row, the words' share of a request (parse excluded)
// one query at a time, p50 and p99; build time and the managed heap the index holds; and whether the two
// engines agree (same count, same first page). The taxonomy (lead-in terms, places) is left out on both
// sides: it is reference data matched before either index is asked, the same code whichever index answers.
var sizes = new List<int>();
var iterations = 300;
for (var a = 0; a < args.Length; a++)
{
    if (args[a] == "--iterations")
    {
        iterations = int.Parse(args[++a], CultureInfo.InvariantCulture);
    }
    else
    {
        sizes.Add(int.Parse(args[a], CultureInfo.InvariantCulture));
    }
}

if (sizes.Count == 0)
{
    sizes = [400, 100_000];
}

(string Row, string Q)[] rows =
[
    ("q search", "gimenu atbalsts"), ("two inflected words", "ģimenēm atbalstu"), ("a typo", "invalidtātes"),
    ("a lead-in term's word", "psihologs"), ("a place's word", "Latgalē"), ("no profile has every word", "psihologs Latgalē zzqv"),
    ("a word matching nothing", "mējaklis"),
];
// bench/distinct-q.lua's 48 words: a different pair each query.
string[] words =
[
    "cerības", "gaismas", "saules", "ģimeņu", "bērnu", "sirds", "draudzības", "jūras", "meža", "zemes", "vasaras", "ozolu",
    "dzintara", "tilts", "māja", "dārzs", "ligzda", "avots", "spārni", "ceļš", "sala", "zieds", "kalns", "pļava",
    "lukturis", "atbalsta", "centrs", "jauniešu", "biedrība", "krīzes", "fonds", "audžuģimeņu", "klubs", "vecāku", "latvijai", "bērniem",
    "ģimenēm", "jauniešiem", "novadam", "rīga", "latgale", "kurzeme", "vidzeme", "zemgale", "gimenes", "berni", "atbalsts", "palīdzība",
];

Console.WriteLine("| NGOs | engine | q row | p50 ms | p99 ms | matches | same answer as hand-built |");
Console.WriteLine("| ---: | --- | --- | ---: | ---: | ---: | --- |");
var footnotes = new List<string>();
var disagreed = false;
foreach (var size in sizes)
{
    var profiles = await DemoProfiles.TextsAsync(size);
    var built = new List<IEngine>();
    foreach (var make in new Func<IEngine>[] { () => new HandBuiltEngine(profiles), () => new LuceneEngine(profiles) })
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var engine = make();
        clock.Stop();
        var held = GC.GetTotalMemory(forceFullCollection: true) - before;
        footnotes.Add(FormattableString.Invariant($"{size} NGOs, {engine.Name}: index built in {clock.Elapsed.TotalSeconds:F2} s, holding {held / 1048576.0:F1} MB of managed heap"));
        built.Add(engine);
    }

    var random = new Random(25);
    var pairs = Enumerable.Range(0, iterations).Select(_ => $"{words[random.Next(words.Length)]} {words[random.Next(words.Length)]}").ToArray();
    // A word of those 48 with one letter replaced: mostly new to both engines (no kept levels or automata).
    const string Letters = "abcdefghijklmnoprstuvzāčēģīķļņšūž";
    var typos = Enumerable.Range(0, iterations).Select(_ => words[random.Next(words.Length)]).Select(w =>
    {
        var at = random.Next(w.Length);
        return string.Concat(w.AsSpan(0, at), Letters.AsSpan(random.Next(Letters.Length), 1), w.AsSpan(at + 1));
    }).ToArray();
    foreach (var (row, q, varied) in rows.Select(r => (r.Row, r.Q, (string[]?)null)).Append(("a different pair of words each query", "", pairs)).Append(("a new one-letter typo each query", "", typos)))
    {
        var answers = new List<(int Total, int[] Top)>();
        foreach (var engine in built)
        {
            var times = new double[iterations];
            (int Total, int[] Top) answer = default;
            var disagreements = 0;
            for (var i = -iterations / 10; i < iterations; i++)
            {
                // A new parse each time (a snapshot keeps its parses): no engine is handed what it worked out for the same query object.
                var query = SearchQuery.Parse(varied?[Math.Max(i, 0)] ?? q, new ReferenceDataCache.Snapshot([], [], []));
                var start = Stopwatch.GetTimestamp();
                answer = engine.Search(query, 20);
                if (i >= 0)
                {
                    times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                }

                if (q.Length == 0 && i >= 0 && engine != built[0] && !Same(answer, built[0].Search(query, 20)))
                {
                    disagreements++;
                }
            }

            Array.Sort(times);
            answers.Add(answer);
            disagreed |= disagreements > 0 || (q.Length > 0 && !Same(answer, answers[0]));
            var same = engine == built[0] ? "—" : q.Length > 0 ? (Same(answer, answers[0]) ? "yes" : "**no**") : (disagreements == 0 ? $"yes, all {iterations}" : $"**no**: {disagreements} of {iterations}");
            Console.WriteLine(FormattableString.Invariant(
                $"| {size} | {engine.Name} | {row}{(q.Length > 0 ? $" ({q})" : "")} | {times[iterations / 2]:F3} | {times[iterations * 99 / 100]:F3} | {(q.Length > 0 ? answer.Total.ToString(CultureInfo.InvariantCulture) : "")} | {same} |"));
        }
    }

    foreach (var engine in built.OfType<IDisposable>())
    {
        engine.Dispose();
    }
}

Console.WriteLine();
foreach (var note in footnotes)
{
    Console.WriteLine($"- {note}");
}

// A comparison of engines that answer differently compares nothing: the run fails.
return disagreed ? 1 : 0;

static bool Same((int Total, int[] Top) a, (int Total, int[] Top) b) => a.Total == b.Total && a.Top.SequenceEqual(b.Top);
