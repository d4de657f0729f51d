using Directory.Api.Search;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace SearchEngines;

/// <summary>
/// The same matching and ranking through Lucene.Net's own index and queries: one document per profile (its
/// position is its doc id: one segment, merged in order), a field per field and kind of key (as written,
/// Latvian stem, English stem) holding the API's folded words, so both engines see the same words. A term
/// is a <see cref="DisjunctionMaxQuery"/> of Term/Prefix queries (or, when those match nothing, Fuzzy ones),
/// each a constant score boosted as the API values that field and kind; the terms are a conjunction, so a
/// profile's score is the sum of its terms' best matches, ties in doc (name) order: the API's ranking.
/// </summary>
internal sealed class LuceneEngine : IEngine, IDisposable
{
    private static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;
    private static readonly SearchField[] Fields = [SearchField.Name, SearchField.Text];
    private static readonly FieldType Keys = Frozen(new FieldType { IsIndexed = true, IsTokenized = true, OmitNorms = true, IndexOptions = IndexOptions.DOCS_ONLY });

    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public LuceneEngine(IReadOnlyList<SearchText[]> profiles)
    {
        var config = new IndexWriterConfig(Version, new WhitespaceAnalyzer(Version)) { MergePolicy = new LogByteSizeMergePolicy(), OpenMode = OpenMode.CREATE };
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var texts in profiles)
            {
                var document = new Document();
                foreach (var group in SearchKeys.Of(texts).GroupBy(k => k[..2], StringComparer.Ordinal))
                {
                    document.Add(new Field(group.Key, string.Join(' ', group.Select(k => k[2..])), Keys));
                }

                writer.AddDocument(document);
            }

            writer.ForceMerge(1);
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
    }

    public string Name => "Lucene.Net";

    public (int Total, int[] Top) Search(SearchQuery query, int size)
    {
        var all = new BooleanQuery();
        foreach (var term in query.Terms)
        {
            var exact = Exact(term);
            all.Add(exact.Disjuncts.Any(Matches) || term.MaxEdits == 0 ? exact : Fuzzy(term), Occur.MUST);
        }

        var top = _searcher.Search(all, size);
        return (top.TotalHits, [.. top.ScoreDocs.Select(d => d.Doc)]);
    }

    /// <summary>As written, stemmed (the four stem keys the API looks up), and as a prefix when last.</summary>
    private static DisjunctionMaxQuery Exact(SearchTerm term)
    {
        var query = new DisjunctionMaxQuery(0f);
        foreach (var field in Fields)
        {
            var f = SearchKeys.Letter(field);
            var written = Field(f, SearchKeys.Written);
            query.Add(Scored(new TermQuery(new Term(written, term.Surface)), field, MatchKind.Exact));
            (string Field, string Word)[] stems =
            [
                (Field(f, SearchKeys.LatvianStem), term.LatvianStem), (Field(f, SearchKeys.EnglishStem), term.EnglishStem),
                (written, term.LatvianStem), (written, term.EnglishStem),
            ];
            foreach (var (name, word) in stems.Distinct().Where(s => s != (written, term.Surface)))
            {
                query.Add(Scored(new TermQuery(new Term(name, word)), field, MatchKind.Stemmed));
            }

            if (term.IsPrefix)
            {
                query.Add(Scored(new PrefixQuery(new Term(written, term.Surface)), field, MatchKind.Stemmed));
            }
        }

        return query;
    }

    /// <summary>Words within the term's typos, as written and as Latvian stems (as the API's fuzzy match).</summary>
    private static DisjunctionMaxQuery Fuzzy(SearchTerm term)
    {
        var query = new DisjunctionMaxQuery(0f);
        foreach (var field in Fields)
        {
            var f = SearchKeys.Letter(field);
            query.Add(Scored(new FuzzyQuery(new Term(Field(f, SearchKeys.Written), term.Surface), term.MaxEdits, 0, int.MaxValue, true), field, MatchKind.Fuzzy));
            query.Add(Scored(new FuzzyQuery(new Term(Field(f, SearchKeys.LatvianStem), term.LatvianStem), term.MaxEdits, 0, int.MaxValue, true), field, MatchKind.Fuzzy));
        }

        return query;
    }

    /// <summary>Whether one disjunct matches any document, from the terms dictionary alone (no postings read).</summary>
    private bool Matches(Query disjunct)
    {
        var inner = ((ConstantScoreQuery)disjunct).Query;
        if (inner is TermQuery exact)
        {
            return _reader.DocFreq(exact.Term) > 0;
        }

        var prefix = ((PrefixQuery)inner).Prefix;
        var terms = MultiFields.GetTerms(_reader, prefix.Field)?.GetEnumerator();
        return terms is not null && terms.SeekCeil(prefix.Bytes) != TermsEnum.SeekStatus.END && StringHelper.StartsWith(terms.Term, prefix.Bytes);
    }

    // The API's own value of a word match (rank 3: a word, not a taxonomy entry), so both rank alike.
    private static ConstantScoreQuery Scored(Query query, SearchField field, MatchKind kind) =>
        new(query) { Boost = Directory.Api.ReadModel.ProfileSearch.Value(field, kind, 3) };

    private static string Field(char field, char kind) => $"{field}{kind}";

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
