namespace Hub.Api.Tests.Common;

/// <summary>The checkout the tests run from (the folder holding Hub.sln), for tests of committed files.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Hub.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Hub.sln not found above " + AppContext.BaseDirectory);
    }
}
