namespace Directory.Domain;

/// <summary>Latvian legal-entity registration numbers: 11 digits with a check digit.</summary>
public static class RegistrationNumber
{
    private static readonly int[] Weights = [9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1];

    public static bool IsValid(string? number)
    {
        if (number is not { Length: 11 } || !number.All(char.IsAsciiDigit))
        {
            return false;
        }

        // Legal entities start with 4 or higher (lower ones are personal codes); the weighted sum is 3 modulo 11.
        return number[0] > '3' && WeightedSum(number) % 11 == 3;
    }

    /// <summary>Completes ten digits with the check digit, or returns null where no digit fits.</summary>
    public static string? Complete(string firstTenDigits)
    {
        for (var check = 0; check <= 9; check++)
        {
            var candidate = firstTenDigits + (char)('0' + check);
            if (IsValid(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static int WeightedSum(string number)
    {
        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            sum += Weights[i] * (number[i] - '0');
        }

        return sum;
    }
}
