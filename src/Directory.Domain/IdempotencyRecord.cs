namespace Directory.Domain;

/// <summary>The first answer to a POST with an Idempotency-Key, replayed when the client retries.</summary>
public class IdempotencyRecord
{
    public required string Key { get; set; }
    public required string Actor { get; set; }
    public required string RequestHash { get; set; }
    public int StatusCode { get; set; }
    public string? Location { get; set; }
    public string? ETag { get; set; }
    public required string Body { get; set; }
    public DateTime CreatedAt { get; set; }
}
