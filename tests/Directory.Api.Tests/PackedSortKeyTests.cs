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
        string[] names = ["Čaks", "Cālis", "Ābele", "Zeltiņš", "ābols", "Abols", "Ēnas", "Žagata", "Šķūnis"];
        Assert.Equal(
            names.OrderBy(LatvianText.SortKey, StringComparer.Ordinal),
            names.OrderBy(n => PackedSortKey.Pack(LatvianText.SortKey(n)), PackedSortKey.Order));
    }

    [Fact]
    public void A_key_that_is_not_digits_is_refused()
    {
        Assert.Throws<ArgumentException>(() => PackedSortKey.Pack("12a"));
    }
}
