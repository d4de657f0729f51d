using Directory.Domain;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Lv;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Directory.Api.Search;

public enum TextLanguage
{
    Latvian,
    English,
}

/// <summary>A word as written (lower case, diacritics folded) and its stem (stemmed before folding).</summary>
public readonly record struct AnalyzedWord(string Surface, string Stem);

/// <summary>
/// Words of a text as Elasticsearch's <c>latvian</c> and <c>english</c> analyzers see them, with Lucene's
/// own parts: the standard tokenizer, lower case, the language's stop words, then its stemmer
/// (<see cref="LatvianStemFilter"/>, <see cref="PorterStemFilter"/>). <see cref="KeywordRepeatFilter"/>
/// passes each word through twice, as written and stemmed, so exact matches can rank above stemmed ones.
/// Diacritics are folded after stemming, because the stemmer reads the endings they are part of.
/// </summary>
public static class TextAnalysis
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly Analyzer Latvian = Chain(LatvianAnalyzer.DefaultStopSet, stream => new LatvianStemFilter(stream));
    private static readonly Analyzer English = Chain(EnglishAnalyzer.DefaultStopSet, stream => new PorterStemFilter(new EnglishPossessiveFilter(Version, stream)));
    private static readonly Analyzer LatvianKeepingStopWords = Chain(CharArraySet.Empty, stream => new LatvianStemFilter(stream));
    private static readonly Analyzer EnglishKeepingStopWords = Chain(CharArraySet.Empty, stream => new PorterStemFilter(new EnglishPossessiveFilter(Version, stream)));

    // The words the chains above see, as written: their tokenizer and lower case, without stemming words only to drop the stems.
    private static readonly Analyzer Tokenizer = Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        return new TokenStreamComponents(source, new LowerCaseFilter(Version, source));
    });

    /// <summary>The words of <paramref name="text"/> without the language's stop words.</summary>
    public static IEnumerable<AnalyzedWord> Words(string? text, TextLanguage language) =>
        Analyze(language == TextLanguage.Latvian ? Latvian : English, text);

    /// <summary>One typed word stemmed as either language would (stop words kept: the caller decides).</summary>
    public static (string Surface, string LatvianStem, string EnglishStem)? Term(string word)
    {
        var latvian = Analyze(LatvianKeepingStopWords, word).FirstOrDefault();
        var english = Analyze(EnglishKeepingStopWords, word).FirstOrDefault();
        return latvian.Surface is null ? null : (latvian.Surface, latvian.Stem, english.Stem ?? latvian.Surface);
    }

    /// <summary>Words as the tokenizer splits a query, lower case, with their diacritics.</summary>
    public static IReadOnlyList<string> Tokens(string text)
    {
        var tokens = new List<string>();
        using var stream = Tokenizer.GetTokenStream("q", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return tokens;
    }

    public static bool IsStopWord(string lowerCaseWord) =>
        LatvianAnalyzer.DefaultStopSet.Contains(lowerCaseWord) || EnglishAnalyzer.DefaultStopSet.Contains(lowerCaseWord);

    private static IEnumerable<AnalyzedWord> Analyze(Analyzer analyzer, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield break;
        }

        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var keyword = stream.AddAttribute<IKeywordAttribute>();
        stream.Reset();
        string? surface = null;
        while (stream.IncrementToken())
        {
            // KeywordRepeatFilter: the word as written (marked keyword), then the same word stemmed.
            if (keyword.IsKeyword)
            {
                surface = Key(term.ToString());
            }
            else if (surface is { Length: > 0 })
            {
                yield return new AnalyzedWord(surface, Key(term.ToString()));
            }
        }

        stream.End();
    }

    /// <summary>Folded, one piece: "d'art" and "u.c." stay one word.</summary>
    private static string Key(string word) => LatvianText.Fold(word).Replace(" ", "", StringComparison.Ordinal);

    private static Analyzer Chain(CharArraySet stopWords, Func<TokenStream, TokenStream> stem) =>
        Analyzer.NewAnonymous((_, reader) =>
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = new StopFilter(Version, new LowerCaseFilter(Version, source), stopWords);
            return new TokenStreamComponents(source, stem(new KeywordRepeatFilter(stream)));
        });
}
