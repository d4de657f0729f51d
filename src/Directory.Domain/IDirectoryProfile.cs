namespace Directory.Domain;

/// <summary>An NGO or expert profile: sorted in Latvian, published or not, versioned.</summary>
public interface IDirectoryProfile
{
    Guid Id { get; }

    PublicationStatus Status { get; set; }

    DateTime UpdatedAt { get; set; }

    int Version { get; set; }

    /// <summary>Latvian alphabetical order as ASCII digits.</summary>
    string NameSortKey { get; }

    void RefreshDerivedText();
}
