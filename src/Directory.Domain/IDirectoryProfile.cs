namespace Directory.Domain;

/// <summary>An NGO or expert profile: searched and sorted in Latvian, published or not, versioned.</summary>
public interface IDirectoryProfile
{
    Guid Id { get; }

    PublicationStatus Status { get; set; }

    DateTime UpdatedAt { get; set; }

    int Version { get; set; }

    /// <summary>Latvian alphabetical order as ASCII digits.</summary>
    string NameSortKey { get; }

    /// <summary>The name folded for search: lower case, no diacritics.</summary>
    string NameFolded { get; }

    /// <summary>Folded name, short name and descriptions, the text <c>q</c> searches.</summary>
    string SearchText { get; }

    void RefreshDerivedText();
}
