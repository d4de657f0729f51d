using Directory.Api.Tests.Infrastructure;
using Xunit.Sdk;
using Xunit.v3;

[assembly: TestMethodOrderer(typeof(TestOrder))]

namespace Directory.Api.Tests.Infrastructure;

/// <summary>
/// Tests of a class run in their names' order, or the reverse when DIRECTORY_TEST_ORDER=reverse. xunit's
/// default order is stable for one build but changes with the assembly's path, so a test that needed
/// another to run first passed on one clone and failed on the next. CI runs the suite both ways: every
/// pair of tests sharing a class's database meets in both orders.
/// </summary>
public sealed class TestOrder : ITestMethodOrderer
{
    public IReadOnlyCollection<TTestMethod?> OrderTestMethods<TTestMethod>(IReadOnlyCollection<TTestMethod?> testMethods)
        where TTestMethod : notnull, ITestMethod
    {
        var byName = testMethods.OrderBy(m => m?.MethodName, StringComparer.Ordinal);
        return Reversed ? [.. byName.Reverse()] : [.. byName];
    }

    private static bool Reversed =>
        string.Equals(Environment.GetEnvironmentVariable("DIRECTORY_TEST_ORDER"), "reverse", StringComparison.OrdinalIgnoreCase);
}
