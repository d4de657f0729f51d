using Directory.Api.Queries;
using Directory.Domain;

namespace Directory.Api.Tests;

/// <summary>The rows the read model and the writes take from an entity: copied by name, contacts only with consent.</summary>
public sealed class ProjectionTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_experts_contacts_leave_the_database_only_with_consent(bool consent)
    {
        var expert = new Expert
        {
            Slug = "ilze", Name = "Ilze", Title = "Psiholoģe", BioLv = "Strādā ar ģimenēm.",
            Email = "ilze@test.example", Phone = "+37120000000", Website = "https://ilze.example",
            ContactConsentAt = consent ? DateTime.UtcNow : null,
        };

        var row = ExpertQueries.RowOf(expert);

        Assert.Equal(consent, row.HasContactConsent);
        var contacts = (row.Email, row.Phone, row.Website);
        Assert.Equal(consent ? ("ilze@test.example", "+37120000000", "https://ilze.example") : (null, null, null), contacts);
        Assert.Equal(("ilze", "Ilze", "Psiholoģe", "Strādā ar ģimenēm."), (row.Slug, row.Name, row.Title, row.BioLv));
    }

    [Fact]
    public void An_ngos_row_copies_each_member_of_the_same_name()
    {
        var ngo = new Ngo
        {
            Id = Guid.NewGuid(), Slug = "ceribas-tilts", Name = "Cerības tilts", ShortName = "CT", RegistrationNumber = "40008000000",
            DescriptionLv = "Apraksts", DescriptionEn = "Description", Address = "Iela 1", PostalCode = "LV-4601", Email = "ct@test.example",
            Languages = ["lv", "ru"], Version = 3,
        };

        var row = NgoQueries.RowOf(ngo);

        Assert.Equal((ngo.Id, "ceribas-tilts", "Cerības tilts", "CT", "40008000000"), (row.Id, row.Slug, row.Name, row.ShortName, row.RegistrationNumber));
        Assert.Equal(("Apraksts", "Description", "Iela 1", "LV-4601", "ct@test.example", 3), (row.DescriptionLv, row.DescriptionEn, row.Address, row.PostalCode, row.Email, row.Version));
        Assert.Equal(["lv", "ru"], row.Languages);
    }
}
