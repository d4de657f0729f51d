namespace Directory.Domain;

public class SocialLink
{
    public required string Network { get; set; }
    public required string Url { get; set; }
}
