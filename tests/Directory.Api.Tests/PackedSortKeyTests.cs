using Directory.Api.ReadModel;
using Directory.Domain;

namespace Directory.Api.Tests;

public sealed class PackedSortKeyTests
{
    [Fact]
    public void Packed_keys_sort_exactly_as_the_digit_strings_do()
    {
        var random = new Random(20261123);
        var keys = Enumerable.Range(0, 3000)
            .Select(_ => new string([.. Enumerable.Range(0, random.Next(0, 13)).Select(_ => (char)('0' + random.Next(10)))]))
            .Concat(["", "1", "10", "12", "123", "19", "2", "0", "00"])
            .ToList();

        var byString = keys.Order(StringComparer.Ordinal).ToList();
        var byPacked = keys.OrderBy(PackedSortKey.Pack, PackedSortKey.Order).ToList();

        Assert.Equal(byString, byPacked);
        Assert.All(keys, k => Assert.Equal(0, PackedSortKey.Order.Compare(PackedSortKey.Pack(k), PackedSortKey.Pack(new string(k)))));
    }

    [Fact]
    public void Packed_latvian_name_keys_keep_latvian_order()
    {
        // Written out by hand in the Latvian alphabet (a ā b c č … s š … z ž: a letter with a diacritic is a
        // letter of its own after its base), not derived from the key under test.
        string[] latvian = ["Abols", "Ābele", "ābols", "Cālis", "Čaks", "Ēnas", "Šķūnis", "Zeltiņš", "Žagata"];
        string[] names = ["Čaks", "Cālis", "Ābele", "Zeltiņš", "ābols", "Abols", "Ēnas", "Žagata", "Šķūnis"];
        Assert.Equal(latvian, names.OrderBy(n => PackedSortKey.Pack(LatvianText.SortKey(n)), PackedSortKey.Order));
        Assert.Equal(latvian, names.OrderBy(LatvianText.SortKey, StringComparer.Ordinal));
    }

    [Fact]
    public void A_key_that_is_not_digits_is_refused()
    {
        Assert.Throws<ArgumentException>(() => PackedSortKey.Pack("12a"));
    }
}
