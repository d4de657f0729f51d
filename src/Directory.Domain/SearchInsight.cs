namespace Directory.Domain;

/// <summary>
/// How often a normalised query was asked on one day, and how often it answered nothing or only partly:
/// what LBLT's staff read to find words the vocabulary lacks. Nothing else is kept: no address, key, user
/// or time of day, and never a query that looks like personal data.
/// </summary>
public class SearchInsight
{
    public long Id { get; set; }
    public DateOnly Day { get; set; }

    /// <summary>ngo or expert: the list searched.</summary>
    public required string List { get; set; }

    /// <summary>The words searched, lower case, one space apart.</summary>
    public required string Query { get; set; }

    public int Asked { get; set; }

    /// <summary>Times it answered nothing.</summary>
    public int Empty { get; set; }

    /// <summary>Times no profile matched every word, and fewer words answered.</summary>
    public int Partial { get; set; }
}
