namespace Cchc.Tests.Support;

/// <summary>The accept switch for approved files: CCHC_ACCEPT=1 rewrites them instead of failing.</summary>
public static class Accept
{
    public static bool IsOn => Environment.GetEnvironmentVariable("CCHC_ACCEPT") == "1";
}
