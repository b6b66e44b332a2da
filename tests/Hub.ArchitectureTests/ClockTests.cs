using System.Text.RegularExpressions;

namespace Hub.ArchitectureTests;

/// <summary>
/// Time comes from the injected <see cref="TimeProvider"/>, never from the system clock read directly, so tests can
/// move it and every module agrees on "now". Migrations are generated code and left out; so are lines that are wholly
/// comments (a comment may name what not to call).
/// </summary>
public sealed partial class ClockTests
{
    [Fact]
    public void Nothing_under_src_reads_the_system_clock_directly()
    {
        var src = Path.Combine(RepositoryRoot(), "src");
        var (files, offenders) = Scan(src);

        Assert.True(files > 100, $"Only {files} source files were found under {src}; the scan is looking in the wrong place.");
        Assert.True(offenders.Count == 0,
            "Read the time from the injected TimeProvider (clock.GetUtcNow()) instead of:" + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", offenders));
    }

    [Fact]
    public void The_scan_names_each_offending_file_and_line_and_leaves_out_migrations_and_comments()
    {
        var root = Directory.CreateTempSubdirectory("hub-clock-scan-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "Module", "Migrations"));
            File.WriteAllLines(Path.Combine(root, "Module", "Handler.cs"),
            [
                "var a = clock.GetUtcNow();",
                "var b = DateTimeOffset.UtcNow;",
                "// DateTime.UtcNow is not read here",
                "var c = System.DateTime.Now.Year + DateTime.UtcNow.Day;",
                "var d = DateTimeOffset.Now; var e = MyDateTime.Now;",
            ]);
            File.WriteAllText(Path.Combine(root, "Module", "Migrations", "Initial.cs"), "var x = DateTime.UtcNow;");

            var (files, offenders) = Scan(root);

            Assert.Equal(1, files);
            Assert.Equal(
                [
                    $"{Path.Combine("Module", "Handler.cs")}:2: DateTimeOffset.UtcNow",
                    $"{Path.Combine("Module", "Handler.cs")}:4: DateTime.Now, DateTime.UtcNow",
                    $"{Path.Combine("Module", "Handler.cs")}:5: DateTimeOffset.Now",
                ],
                offenders);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>The .cs files under <paramref name="root"/> (without Migrations, bin and obj) and each line that reads the system clock.</summary>
    private static (int Files, IReadOnlyList<string> Offenders) Scan(string root)
    {
        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path))
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(folder => folder is "Migrations" or "bin" or "obj"))
            .Order(StringComparer.Ordinal)
            .ToList();

        var offenders = new List<string>();
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(Path.Combine(root, file));
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].TrimStart().StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }

                var reads = SystemClock().Matches(lines[i]).Select(m => m.Value).ToList();
                if (reads.Count > 0)
                {
                    offenders.Add($"{file}:{i + 1}: {string.Join(", ", reads)}");
                }
            }
        }

        return (files.Count, offenders);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Hub.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds Hub.sln.");
    }

    [GeneratedRegex(@"(?<!\w)DateTime(?:Offset)?\.(?:UtcNow|Now)\b")]
    private static partial Regex SystemClock();
}
