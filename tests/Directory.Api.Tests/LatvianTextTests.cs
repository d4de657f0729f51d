using Directory.Domain;

namespace Directory.Api.Tests;

public sealed class LatvianTextTests
{
    [Theory]
    [InlineData("Ģimeņu  Atbalsts!", "gimenu atbalsts")]
    [InlineData("ĀČĒĢĪĶĻŅŠŪŽ", "acegiklnsuz")]
    [InlineData("Biedrība \"Cerību tilts\"", "biedriba ceribu tilts")]
    [InlineData("", "")]
    public void Fold_lowers_case_strips_diacritics_and_punctuation(string text, string folded) =>
        Assert.Equal(folded, LatvianText.Fold(text));

    [Theory]
    [InlineData("Cālis", "Čaks")]
    [InlineData("Cūka", "Čaks")]
    [InlineData("Gaisma", "Ģimene")]
    [InlineData("Kurzeme", "Ķekava")]
    [InlineData("Lielvārde", "Ļaudis")]
    [InlineData("Nauda", "Ņaudēt")]
    [InlineData("Sala", "Šķūnis")]
    [InlineData("Zaķis", "Žubīte")]
    [InlineData("Ilze", "Yrjö")]
    [InlineData("Yrjö", "Jānis")]
    [InlineData("Ada", "Āda")]
    [InlineData("Adele", "Āda")]
    [InlineData("Atbalsta biedrība", "Ābeļu zieds")]
    [InlineData("Manz", "Māna")]
    [InlineData("Bezdelīga", "Bērziņš")]
    [InlineData("Zuze", "Zūze")]
    [InlineData("Lidija", "Lydija")]
    [InlineData("Lydija", "Līdija")]
    [InlineData("Lyz", "Līa")]
    [InlineData("Kovs", "Kōva")]
    [InlineData("ada", "Ada")]
    [InlineData("lidija", "Lidija")]
    [InlineData("māja", "Māja")]
    [InlineData("Ab C", "Abc")]
    [InlineData("Ab", "Abc")]
    [InlineData("2 bērni", "Ābele")]
    // Latvian order as CLDR 45 (LVS 24:1993) has it; Node's `new Intl.Collator('lv')` (ICU 74+) sorts each pair alike.
    public void Sort_key_orders_names_in_latvian_alphabetical_order(string before, string after) =>
        Assert.True(string.CompareOrdinal(LatvianText.SortKey(before), LatvianText.SortKey(after)) < 0, $"{before} should sort before {after}");

    [Fact]
    public void Sort_key_is_ascii_digits_so_every_collation_orders_it_alike()
    {
        Assert.Matches("^[0-9]+$", LatvianText.SortKey("Ģimeņu atbalsta centrs \"Saules māja\" 2026"));
        Assert.True(LatvianText.SortKey(new string('ž', 500)).Length <= 500);
    }

    [Theory]
    [InlineData("40008000225", true)]
    [InlineData("40008000222", false)]
    [InlineData("4000800022", false)]
    [InlineData("400080002211", false)]
    [InlineData("4000800022a", false)]
    [InlineData("31128012345", false)]
    public void Registration_number_is_11_digits_with_a_valid_check_digit(string number, bool valid) =>
        Assert.Equal(valid, RegistrationNumber.IsValid(number));

    [Fact]
    public void Registration_number_can_be_completed_with_its_check_digit()
    {
        var completed = RegistrationNumber.Complete("4000800022");
        Assert.Equal("40008000225", completed);
    }
}
