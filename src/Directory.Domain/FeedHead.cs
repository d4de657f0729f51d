namespace Directory.Domain;

/// <summary>
/// The last position handed out in the changes feed. Every write updates this one row inside its
/// transaction, so writers take positions one after another and commit in position order.
/// </summary>
public class FeedHead
{
    public int Id { get; set; }
    public long Position { get; set; }
}
