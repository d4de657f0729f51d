using System.Net.Http.Headers;
using System.Text;

namespace Directory.Api.Tests.Infrastructure;

/// <summary>
/// A README's <c>curl</c> line as an HTTP request to the test host: the options the README uses (-X, -H, -d,
/// --data-binary @file; -i, -s only shape curl's output), shell quoting ('…', "…" with $VARIABLES) and the URL,
/// whose origin is dropped. Anything else is refused, so a README example the test cannot run is seen.
/// </summary>
public sealed record CurlCommand(HttpMethod Method, string PathAndQuery, IReadOnlyList<(string Name, string Value)> Headers, byte[]? Body)
{
    public static CurlCommand Parse(string line, IReadOnlyDictionary<string, string> variables, string root)
    {
        var words = Words(line, variables);
        if (words.Count == 0 || words[0] != "curl")
        {
            throw new FormatException($"Not a curl command: {line}");
        }

        HttpMethod? method = null;
        string? url = null;
        var headers = new List<(string, string)>();
        byte[]? body = null;
        for (var i = 1; i < words.Count; i++)
        {
            switch (words[i])
            {
                case "-i" or "-s" or "-si":
                    break;
                case "-X":
                    method = new HttpMethod(words[++i]);
                    break;
                case "-H":
                    var header = words[++i];
                    var colon = header.IndexOf(':', StringComparison.Ordinal);
                    headers.Add((header[..colon].Trim(), header[(colon + 1)..].Trim()));
                    break;
                case "-d" or "--data" or "--data-binary":
                    var data = words[++i];
                    body = data.StartsWith('@') ? File.ReadAllBytes(Path.Combine(root, data[1..])) : Encoding.UTF8.GetBytes(data);
                    break;
                case var word when word.StartsWith("http://", StringComparison.Ordinal) && url is null:
                    url = word;
                    break;
                default:
                    throw new FormatException($"The README's curl uses '{words[i]}', which this test does not run: {line}");
            }
        }

        var uri = new Uri(url ?? throw new FormatException($"No URL: {line}"));
        return new CurlCommand(method ?? (body is null ? HttpMethod.Get : HttpMethod.Post), uri.PathAndQuery, headers, body);
    }

    public HttpRequestMessage Request()
    {
        var request = new HttpRequestMessage(Method, PathAndQuery);
        if (Body is not null)
        {
            request.Content = new ByteArrayContent(Body);
            // curl sends -d as a form unless told otherwise; every README example says what it sends.
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        }

        foreach (var (name, value) in Headers)
        {
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                request.Content!.Headers.ContentType = MediaTypeHeaderValue.Parse(value);
            }
            else
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return request;
    }

    /// <summary>A shell line's words: quotes removed, $VARIABLES put in (not inside single quotes), a trailing # comment left out.</summary>
    private static List<string> Words(string line, IReadOnlyDictionary<string, string> variables)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '\'')
            {
                var end = line.IndexOf('\'', i + 1);
                word.Append(line, i + 1, end - i - 1);
                (i, inWord) = (end, true);
            }
            else if (c == '"')
            {
                var end = line.IndexOf('"', i + 1);
                word.Append(Expand(line[(i + 1)..end], variables));
                (i, inWord) = (end, true);
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    (word, inWord) = (new StringBuilder(), false);
                }
            }
            else if (c == '#' && !inWord)
            {
                break;
            }
            else
            {
                var end = i;
                while (end < line.Length && !char.IsWhiteSpace(line[end]) && line[end] is not ('\'' or '"'))
                {
                    end++;
                }

                word.Append(Expand(line[i..end], variables));
                (i, inWord) = (end - 1, true);
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    private static string Expand(string text, IReadOnlyDictionary<string, string> variables) =>
        variables.Aggregate(text, (t, v) => t.Replace("$" + v.Key, v.Value, StringComparison.Ordinal));
}
