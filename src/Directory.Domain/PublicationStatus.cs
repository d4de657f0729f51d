namespace Directory.Domain;

public enum PublicationStatus
{
    Draft,
    Published,
    Archived,
}
