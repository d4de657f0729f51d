using Directory.Domain;

namespace Directory.Api.Tests.Infrastructure;

/// <summary>
/// Data no other test in the run has: a test that makes its own registration numbers and slugs passes in
/// any order, alone or with every other test of its class on one database.
/// </summary>
public static class Unique
{
    // One counter for the whole run; its numbers (42…) are apart from the specs' (50…) and the fixed
    // ones the README and samples use (40…).
    private static int _sequence;

    /// <summary>An 11-digit registration number with a valid check digit, new in this test run.</summary>
    public static string RegistrationNumber()
    {
        while (true)
        {
            // A 10-digit prefix has no check digit when the weighted sum leaves 10: take the next one.
            if (Domain.RegistrationNumber.Complete($"42{Interlocked.Increment(ref _sequence):00000000}") is { } number)
            {
                return number;
            }
        }
    }

    /// <summary>A slug that starts as the test names it and ends with a number new in this test run.</summary>
    public static string Slug(string stem) => $"{stem}-{Interlocked.Increment(ref _sequence)}";

    /// <summary>A word of letters only (search sees digits and hyphens as other words), new in this test run, that no vocabulary has.</summary>
    public static string Word(string stem)
    {
        var n = Interlocked.Increment(ref _sequence);
        var letters = new System.Text.StringBuilder(stem);
        do
        {
            letters.Append((char)('q' + (n % 8)));
            n /= 8;
        }
        while (n > 0);
        return letters.ToString();
    }
}
