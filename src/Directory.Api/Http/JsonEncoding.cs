using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Directory.Api.Http;

/// <summary>
/// How every JSON answer writes text (the API's, HSDS's, the dataset record's, the CLI's): letters of any
/// script as they are (UTF-8), so Latvian reads as Latvian and is not six bytes a letter, while what is
/// unsafe in HTML (&lt;, &gt;, &amp;, quotes) is escaped. Before, HSDS took the serializer's default, which
/// escaped each ā and ē (the largest cost of an HSDS page: 1.25× the requests without it), and the API
/// ASP.NET Core's, which let &lt;script&gt; through as it is.
/// </summary>
public static class JsonEncoding
{
    public static readonly JavaScriptEncoder Readable = JavaScriptEncoder.Create(UnicodeRanges.All);
}
