namespace Directory.Domain;

/// <summary>A profile whose name and text are searched and sorted in Latvian.</summary>
public interface IDirectoryProfile
{
    void RefreshDerivedText();
}
