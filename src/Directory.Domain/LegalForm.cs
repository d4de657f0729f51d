namespace Directory.Domain;

public enum LegalForm
{
    /// <summary>Biedrība.</summary>
    Association,

    /// <summary>Nodibinājums.</summary>
    Foundation,

    /// <summary>Reliģiska organizācija.</summary>
    ReligiousOrganisation,
}
