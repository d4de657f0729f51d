namespace Directory.Domain;

/// <summary>
/// The last position handed out in the changes feed. Every write updates this one row inside its
/// transaction, so writers take positions one after another and commit in position order.
/// </summary>
public class FeedHead
{
    public int Id { get; set; }
    public long Position { get; set; }

    /// <summary>
    /// Raised by every save that changes regions, support areas or target groups (they are not in the
    /// feed), so that other instances know to reload their in-memory copy.
    /// </summary>
    public long ReferenceVersion { get; set; }
}
